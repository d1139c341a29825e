package dev.warden.application.token.port.out;

import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Map;

/** Access tokens revoked before their expiry. Durable: a restart never brings one back to life. */
public interface RevokedAccessTokens {

    /**
     * Records the revocation; revoking twice is harmless. It may be forgotten after {@code expiresAt}. Returns only
     * once every instance refuses the token; {@link dev.warden.application.shared.port.out.BackingServiceUnavailable}
     * when that could not be made sure (it may have been recorded all the same).
     */
    void revoke(String tokenId, UserId userId, Instant expiresAt);

    boolean isRevoked(String tokenId);

    /** Every revocation whose token has not expired at {@code now}: token id to expiry (to warm a cache). */
    Map<String, Instant> unexpired(Instant now);

    /**
     * Housekeeping: deletes at most {@code batch} revocations whose token expired at or before {@code now} (such a
     * token is refused for its expiry anyway), in one short statement; returns how many went. Live ones stay.
     */
    int purgeExpired(Instant now, int batch);
}
