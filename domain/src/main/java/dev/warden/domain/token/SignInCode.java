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
 * the digits followed by the nonce. Only the hash of that whole string is kept, with the nonce that finds it and
 * the address it was sent to. It dies when used, when it expires, or after {@value #MAX_FAILURES} wrong codes.
 */
public record SignInCode(
        UUID id,
        String nonce,
        String codeHash,
        String email,
        Instant issuedAt,
        Instant expiresAt,
        int failures,
        Optional<Instant> usedAt) {

    public static final int DIGITS = 6;
    public static final int MAX_FAILURES = 5;

    public SignInCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
    }

    public static SignInCode issue(UUID id, String digits, String nonce, String email, Instant now, Duration lifetime) {
        return new SignInCode(id, nonce, hashOf(digits + nonce), email, now, now.plus(lifetime), 0, Optional.empty());
    }

    /** The stored form of an entered code (the digits followed by the nonce). */
    public static String hashOf(String enteredCode) {
        return TokenDigest.of(enteredCode);
    }

    /** Still able to sign someone in at {@code now}: unused, unexpired, fewer than five wrong codes. */
    public boolean isUsable(Instant now) {
        return usedAt.isEmpty() && now.isBefore(expiresAt) && failures < MAX_FAILURES;
    }

    /** Whether {@code enteredCode} (digits and nonce) is this code, compared in constant time. */
    public boolean matches(String enteredCode) {
        return MessageDigest.isEqual(hashOf(enteredCode).getBytes(StandardCharsets.US_ASCII),
                codeHash.getBytes(StandardCharsets.US_ASCII));
    }
}
