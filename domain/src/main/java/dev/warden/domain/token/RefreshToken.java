package dev.warden.domain.token;

import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One refresh token of a family. A family starts at a login ({@code familyStartedAt}); each use spends the token and
 * adds its successor to the same family, until the family reaches its maximum age. Only the hash of the secret is
 * kept. The access token issued with it is remembered so that revoking the family also revokes the access tokens it
 * produced.
 */
public record RefreshToken(
        UUID id,
        UUID familyId,
        UserId userId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> usedAt,
        Optional<Instant> revokedAt,
        String accessTokenId,
        Instant accessExpiresAt,
        Instant familyStartedAt,
        ClientInfo client) {

    public enum Status {
        /** Can be exchanged for a new pair, once. */
        ACTIVE,
        EXPIRED,
        REVOKED,
        /** Already exchanged: presenting it again means it was stolen or replayed. */
        SPENT
    }

    public RefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(accessTokenId, "accessTokenId");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        Objects.requireNonNull(familyStartedAt, "familyStartedAt");
        client = client == null ? ClientInfo.UNKNOWN : client;
    }

    /** A token whose family started with it and whose client is unknown. */
    public RefreshToken(UUID id, UUID familyId, UserId userId, String tokenHash, Instant issuedAt, Instant expiresAt,
                        Optional<Instant> usedAt, Optional<Instant> revokedAt, String accessTokenId,
                        Instant accessExpiresAt) {
        this(id, familyId, userId, tokenHash, issuedAt, expiresAt, usedAt, revokedAt, accessTokenId, accessExpiresAt,
                issuedAt, ClientInfo.UNKNOWN);
    }

    /** The first token of a new family, issued at a login from {@code client} together with {@code access}. */
    public static RefreshToken startFamily(UUID id, String tokenHash, AccessGrant access, Duration lifetime,
                                           ClientInfo client) {
        return new RefreshToken(id, id, access.userId(), tokenHash, access.issuedAt(),
                access.issuedAt().plus(lifetime), Optional.empty(), Optional.empty(),
                access.tokenId(), access.expiresAt(), access.issuedAt(), client);
    }

    public static RefreshToken startFamily(UUID id, String tokenHash, AccessGrant access, Duration lifetime) {
        return startFamily(id, tokenHash, access, lifetime, ClientInfo.UNKNOWN);
    }

    /**
     * The successor of this token in its family, issued together with {@code access}: it lives {@code lifetime}, but
     * never past the family's end, {@code familyMaxAge} after the family's start.
     */
    public RefreshToken successor(UUID id, String tokenHash, AccessGrant access, Duration lifetime,
                                  Duration familyMaxAge) {
        var own = access.issuedAt().plus(lifetime);
        var familyEnd = familyStartedAt.plus(familyMaxAge);
        return new RefreshToken(id, familyId, userId, tokenHash, access.issuedAt(),
                own.isBefore(familyEnd) ? own : familyEnd, Optional.empty(), Optional.empty(),
                access.tokenId(), access.expiresAt(), familyStartedAt, client);
    }

    /**
     * The record that ties {@code access}, issued for this token's family without rotating this token, to the
     * family, so that revoking the family revokes that access token too. It is born spent and its secret
     * ({@code unusableHash}, of a secret nobody keeps) is never handed out: it can be neither exchanged nor listed.
     */
    public RefreshToken accessOnly(UUID id, String unusableHash, AccessGrant access) {
        return new RefreshToken(id, familyId, userId, unusableHash, access.issuedAt(), access.expiresAt(),
                Optional.of(access.issuedAt()), Optional.empty(), access.tokenId(), access.expiresAt(),
                familyStartedAt, client);
    }

    public RefreshToken markedUsed(Instant when) {
        return new RefreshToken(id, familyId, userId, tokenHash, issuedAt, expiresAt, Optional.of(when), revokedAt,
                accessTokenId, accessExpiresAt, familyStartedAt, client);
    }

    public RefreshToken markedRevoked(Instant when) {
        return new RefreshToken(id, familyId, userId, tokenHash, issuedAt, expiresAt, usedAt, Optional.of(when),
                accessTokenId, accessExpiresAt, familyStartedAt, client);
    }

    /** Revocation wins over use, and use over expiry: a replayed token is reported as such even when old. */
    public Status statusAt(Instant now) {
        if (revokedAt.isPresent()) {
            return Status.REVOKED;
        }
        if (usedAt.isPresent()) {
            return Status.SPENT;
        }
        return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
    }

    /**
     * As {@link #statusAt(Instant)}, and also expired once the family is {@code familyMaxAge} old: that covers tokens
     * issued before their expiry was bounded by the family's (which may still say they live longer).
     */
    public Status statusAt(Instant now, Duration familyMaxAge) {
        var status = statusAt(now);
        return status == Status.ACTIVE && !now.isBefore(familyStartedAt.plus(familyMaxAge)) ? Status.EXPIRED : status;
    }
}
