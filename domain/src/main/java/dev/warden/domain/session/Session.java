package dev.warden.domain.session;

import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A server-side login session. The cookie carries a random secret; only its hash is kept ({@code secretHash}),
 * and {@code id} is the public handle that session management shows and revokes. Expiry rolls: every use
 * pushes it to a full lifetime from then, but never past the maximum age counted from {@code createdAt} (the login).
 */
public record Session(
        UUID id,
        String secretHash,
        UserId userId,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        ClientInfo client) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        client = client == null ? ClientInfo.UNKNOWN : client;
    }

    public static Session start(UUID id, String secretHash, UserId userId, Instant now, SessionLifetime lifetime,
                                ClientInfo client) {
        return new Session(id, secretHash, userId, now, now, lifetime.expiryAt(now, now), client);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * The same session used at {@code now}: expiry moves to a full lifetime from now, or to the end of its maximum
     * age when that comes first (then, once that has passed, the touched session is expired).
     */
    public Session touchedAt(Instant now, SessionLifetime lifetime) {
        return new Session(id, secretHash, userId, createdAt, now, lifetime.expiryAt(createdAt, now), client);
    }

    /** What remains of the session at {@code now}: how long a cookie for it may say it lives (never negative). */
    public Duration remainingAt(Instant now) {
        return now.isBefore(expiresAt) ? Duration.between(now, expiresAt) : Duration.ZERO;
    }
}
