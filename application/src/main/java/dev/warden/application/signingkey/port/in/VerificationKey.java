package dev.warden.application.signingkey.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The public half of a token signing key (X.509), and its term: once replaced, the tokens it signed carry an issue
 * time up to {@code signedUntil} (later ones are forgeries), and it verifies them until {@code retiresAt}, when the
 * last of them is over; then it leaves the key set. Both are empty for the key that signs now.
 */
public record VerificationKey(String keyId, String algorithm, byte[] publicKey, Instant createdAt,
                              Optional<Instant> signedUntil, Optional<Instant> retiresAt) {
    public VerificationKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        publicKey = publicKey.clone();
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(signedUntil, "signedUntil");
        Objects.requireNonNull(retiresAt, "retiresAt");
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Whether the key still verifies (and is published) at {@code now}. */
    public boolean verifiesAt(Instant now) {
        return retiresAt.map(now::isBefore).orElse(true);
    }

    /** Whether a token of this key issued at {@code issuedAt} can be one it signed (not one made after its time). */
    public boolean signedAt(Instant issuedAt) {
        return signedUntil.map(until -> !issuedAt.isAfter(until)).orElse(true);
    }
}
