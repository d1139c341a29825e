package dev.warden.application.token.port.out;

import dev.warden.domain.token.RefreshToken;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens by the hash of their secret, grouped in families. */
public interface RefreshTokenStore {

    void add(RefreshToken token);

    Optional<RefreshToken> findByHash(String tokenHash);

    /** The refresh token issued together with the access token {@code accessTokenId}, if any. */
    Optional<RefreshToken> findByAccessTokenId(String accessTokenId);

    /** The head of each of the user's live families (unused, unrevoked, unexpired), oldest family first. */
    List<RefreshToken> liveByUser(UserId userId, Instant now);

    /**
     * Spends the token: sets its use time if, and only if, it is still unused and unrevoked.
     * Returns false when another request spent or revoked it first (the check and the write are one step).
     */
    boolean markUsed(UUID id, Instant usedAt);

    /**
     * Revokes every unrevoked token of the family, then returns all of the family's tokens. The revocation
     * comes first so that a token added concurrently is either revoked or returned (or both).
     */
    List<RefreshToken> revokeFamily(UUID familyId, Instant revokedAt);

    /**
     * Housekeeping: deletes at most {@code batch} tokens of families whose life is over at {@code now}: every token of
     * the family expired, and so did the access tokens issued with them (so a replayed spent token could revoke
     * nothing any more). A family with one live token, or one live access token, keeps all its tokens, spent ones
     * included, for reuse detection. Returns how many went.
     */
    int purgeExpired(Instant now, int batch);
}
