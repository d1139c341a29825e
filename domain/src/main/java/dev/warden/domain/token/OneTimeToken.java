package dev.warden.domain.token;

import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A single-use token mailed to a user: it proves control of an address (email verification) or allows a
 * new password (reset). Bound to one user, one purpose and, for verification, the address it was sent to.
 * Only the hash of its secret is kept. It dies when used, when it expires, or when it is invalidated
 * (a newer reset token, a password change).
 */
public record OneTimeToken(
        UUID id,
        String tokenHash,
        UserId userId,
        Purpose purpose,
        String emailKey,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> usedAt) {

    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    public OneTimeToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(emailKey, "emailKey");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
    }

    public static OneTimeToken issue(UUID id, String tokenHash, UserId userId, Purpose purpose, String emailKey,
                                     Instant now, Duration lifetime) {
        return new OneTimeToken(id, tokenHash, userId, purpose, emailKey, now, now.plus(lifetime), Optional.empty());
    }

    /** Usable for {@code purpose} at {@code now}: right purpose, unused, unexpired. */
    public boolean isUsableFor(Purpose expected, Instant now) {
        return purpose == expected && usedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
