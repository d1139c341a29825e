package dev.warden.domain.token;

import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A token of the legacy API (seed 001): an opaque secret sent as {@code Authorization: Token <hex>}, valid for a
 * fixed lifetime from its issue (no rolling, no refresh). Only the hash of the secret is kept ({@code tokenHash});
 * {@code id} is the handle by which the request it authenticated is told apart from the user's other tokens.
 */
public record LegacyToken(UUID id, String tokenHash, UserId userId, Instant issuedAt, Instant expiresAt) {

    public LegacyToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static LegacyToken issue(UUID id, String tokenHash, UserId userId, Instant now, Duration lifetime) {
        return new LegacyToken(id, tokenHash, userId, now, now.plus(lifetime));
    }

    /** Usable at {@code now}: before its expiry, which is the first instant it no longer works. */
    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
