package dev.warden.application.signingkey.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A token signing key pair as stored: the private key ({@code sealed} with the secrets key, or plain PKCS#8 as an
 * earlier version stored it), the X.509 public key, the JOSE algorithm name (ES256), the key id published in the
 * JWKS, and its generation: the keys of an algorithm are numbered 1, 2, … as they succeed each other.
 */
public record SigningKey(String keyId, String algorithm, int generation, byte[] privateKey, boolean sealed,
                         byte[] publicKey, Instant createdAt) {
    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        if (generation < 1) {
            throw new IllegalArgumentException("generations are numbered from 1: " + generation);
        }
        privateKey = privateKey.clone();
        publicKey = publicKey.clone();
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The same key with its private key sealed as {@code sealedPrivateKey}. */
    public SigningKey sealedAs(byte[] sealedPrivateKey) {
        return new SigningKey(keyId, algorithm, generation, sealedPrivateKey, true, publicKey, createdAt);
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + ", " + algorithm + " #" + generation + (sealed ? ", sealed" : ", plain")
                + ", created " + createdAt + "]";
    }
}
