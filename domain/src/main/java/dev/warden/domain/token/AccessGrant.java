package dev.warden.domain.token;

import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** What an access token grants: who, under which token id, and for how long. */
public record AccessGrant(String tokenId, UserId userId, Instant issuedAt, Instant expiresAt) {
    public AccessGrant {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("an access grant must expire after it is issued");
        }
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
