package dev.warden.domain.token;

import dev.warden.domain.user.Email;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A single-use token mailed to a user: it proves control of an address (email verification), allows a
 * new password (reset), or moves the account to a new address (email change: mailed to {@code newEmail}, it proves
 * control of that address). Bound to one user, one purpose and the account's address when it was issued
 * ({@code emailKey}). Only the hash of its secret is kept. It dies when used, when it expires, or when it is
 * invalidated (a newer token of its purpose, a password change, an email change).
 */
public record OneTimeToken(
        UUID id,
        String tokenHash,
        UserId userId,
        Purpose purpose,
        String emailKey,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> usedAt,
        Optional<Email> newEmail) {

    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL }

    public OneTimeToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(emailKey, "emailKey");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
        Objects.requireNonNull(newEmail, "newEmail");
        if (newEmail.isPresent() != (purpose == Purpose.CHANGE_EMAIL)) {
            throw new IllegalArgumentException("a new address belongs to an email change token, and only to one");
        }
    }

    public static OneTimeToken issue(UUID id, String tokenHash, UserId userId, Purpose purpose, String emailKey,
                                     Instant now, Duration lifetime) {
        return new OneTimeToken(id, tokenHash, userId, purpose, emailKey, now, now.plus(lifetime), Optional.empty(),
                Optional.empty());
    }

    /** A token that moves the account, whose address is now {@code emailKey}, to {@code newEmail}. */
    public static OneTimeToken issueEmailChange(UUID id, String tokenHash, UserId userId, String emailKey,
                                                Email newEmail, Instant now, Duration lifetime) {
        return new OneTimeToken(id, tokenHash, userId, Purpose.CHANGE_EMAIL, emailKey, now, now.plus(lifetime),
                Optional.empty(), Optional.of(newEmail));
    }

    /** This token, used (or invalidated) at {@code at}. */
    public OneTimeToken usedOn(Instant at) {
        return new OneTimeToken(id, tokenHash, userId, purpose, emailKey, issuedAt, expiresAt, Optional.of(at),
                newEmail);
    }

    /** Usable for {@code purpose} at {@code now}: right purpose, unused, unexpired. */
    public boolean isUsableFor(Purpose expected, Instant now) {
        return purpose == expected && usedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
