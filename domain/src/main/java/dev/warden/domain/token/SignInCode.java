package dev.warden.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A mailed one-time sign-in code (seed 002): six digits, sent with a nonce that the client keeps, and entered as
 * the digits followed by the nonce. Neither is kept in clear: the nonce (256 random bits) only as its hash, which
 * finds the code, and the digits only hashed together with the nonce, so that a copy of the database yields no
 * code. It dies when used, when it expires, or after {@value #MAX_ATTEMPTS} attempts.
 */
public record SignInCode(
        UUID id,
        String nonceHash,
        String codeHash,
        String email,
        Instant issuedAt,
        Instant expiresAt,
        int attempts,
        Optional<Instant> usedAt) {

    public static final int DIGITS = 6;
    public static final int MAX_ATTEMPTS = 5;

    public SignInCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nonceHash, "nonceHash");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
    }

    public static SignInCode issue(UUID id, String digits, String nonce, String email, Instant now, Duration lifetime) {
        return new SignInCode(id, nonceHashOf(nonce), TokenDigest.of(digits + nonce), email, now, now.plus(lifetime), 0,
                Optional.empty());
    }

    /** What a code is found by: the hash of its nonce. */
    public static String nonceHashOf(String nonce) {
        return TokenDigest.of(nonce);
    }

    /** Still able to sign someone in at {@code now}: unused, unexpired, fewer than five attempts made. */
    public boolean isUsable(Instant now) {
        return usedAt.isEmpty() && now.isBefore(expiresAt) && attempts < MAX_ATTEMPTS;
    }

    /** Whether {@code enteredCode} (digits and nonce) is this code, compared in constant time. */
    public boolean matches(String enteredCode) {
        return MessageDigest.isEqual(TokenDigest.of(enteredCode).getBytes(StandardCharsets.US_ASCII),
                codeHash.getBytes(StandardCharsets.US_ASCII));
    }
}
