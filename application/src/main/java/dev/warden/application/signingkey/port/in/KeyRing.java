package dev.warden.application.signingkey.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The token signing keys in force, as read at one moment: the private key that signs (PKCS#8, opened) and the keys
 * that verify, newest first: the signing one, then the ones it replaced whose tokens may still be valid.
 */
public record KeyRing(String signingKeyId, byte[] signingKey, List<VerificationKey> keys) {
    public KeyRing {
        Objects.requireNonNull(signingKeyId, "signingKeyId");
        signingKey = signingKey.clone();
        keys = List.copyOf(keys);
        if (keys.isEmpty() || !keys.getFirst().keyId().equals(signingKeyId)) {
            throw new IllegalArgumentException("the signing key comes first among the keys in force");
        }
    }

    @Override
    public byte[] signingKey() {
        return signingKey.clone();
    }

    public VerificationKey signing() {
        return keys.getFirst();
    }

    public Optional<VerificationKey> key(String keyId) {
        return keys.stream().filter(key -> key.keyId().equals(keyId)).findFirst();
    }

    /** The keys that verify at {@code now}: those the key set publishes. */
    public List<VerificationKey> verifyingAt(Instant now) {
        return keys.stream().filter(key -> key.verifiesAt(now)).toList();
    }

    @Override
    public String toString() {
        return "KeyRing[signing " + signingKeyId + ", " + keys.size() + " in force]";
    }
}
