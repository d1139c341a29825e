package dev.warden.adapter.memory;

import dev.warden.application.port.out.Clock;
import dev.warden.application.port.out.RevokedAccessTokens;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revocations of a durable store, also held in process memory, so that checking a token (every request with
 * an access token) asks no database. Correct only where this process is the one writer of revocations: an embedded
 * database that no other instance can open. The set is filled from the durable store on first use (again on the
 * next check if that failed), and every revocation made here goes to the durable store first, then to the set.
 */
public final class LocalCachedRevokedAccessTokens implements RevokedAccessTokens {
    private static final int PRUNE_ABOVE = 4096;

    private final RevokedAccessTokens durable;
    private final Clock clock;
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    public LocalCachedRevokedAccessTokens(RevokedAccessTokens durable, Clock clock) {
        this.durable = durable;
        this.clock = clock;
    }

    @Override
    public void revoke(String tokenId, UserId userId, Instant expiresAt) {
        durable.revoke(tokenId, userId, expiresAt);
        revoked.put(tokenId, expiresAt);
        if (revoked.size() > PRUNE_ABOVE) {
            var now = clock.now();
            revoked.values().removeIf(expiry -> !expiry.isAfter(now));
        }
    }

    @Override
    public boolean isRevoked(String tokenId) {
        if (!loaded) {
            load();
        }
        return revoked.containsKey(tokenId);
    }

    @Override
    public Map<String, Instant> unexpired(Instant now) {
        return durable.unexpired(now);
    }

    private synchronized void load() {
        if (!loaded) {
            revoked.putAll(durable.unexpired(clock.now()));
            loaded = true;
        }
    }
}
