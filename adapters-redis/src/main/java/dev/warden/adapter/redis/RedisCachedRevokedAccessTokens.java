package dev.warden.adapter.redis;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.domain.user.UserId;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Redis cache in front of the durable revocation store, so that checking a token costs one Redis round
 * trip instead of a database query. The cache answers only while its "warm" marker exists: the marker is
 * set after every unexpired revocation was copied from the database, so an empty Redis (restarted,
 * flushed) is filled again before it is believed, and a revoked token never comes back to life. When
 * Redis cannot be reached, the database answers.
 *
 * <p>A revocation is in force everywhere only once it is in the cache too: another instance may reach Redis while this
 * one cannot (its connection not yet back, a partition), and it believes the warm cache. So a revocation that is
 * stored in the database but cannot be cached is written to Redis as soon as it answers ({@link RedisBacklog}, at
 * most {@value #UNCACHED_LIMIT} waiting), and reported as {@link BackingServiceUnavailable}: the caller answers 503,
 * never "done".
 */
public final class RedisCachedRevokedAccessTokens implements RevokedAccessTokens {
    private static final Logger LOG = LoggerFactory.getLogger(RedisCachedRevokedAccessTokens.class);
    static final int UNCACHED_LIMIT = 10_000;

    private final RevokedAccessTokens durable;
    private final RedisConnector redis;
    private final Clock clock;
    private final String prefix;
    private final String warmKey;
    /** Revocations stored in the database but not yet in Redis. */
    private final RedisBacklog<Uncached> uncached;

    private record Uncached(String tokenId, Instant expiresAt) {}

    public RedisCachedRevokedAccessTokens(RevokedAccessTokens durable, RedisConnector redis, Clock clock,
                                          String keyPrefix) {
        this.durable = durable;
        this.redis = redis;
        this.clock = clock;
        this.prefix = keyPrefix + "revoked:";
        this.warmKey = keyPrefix + "revoked-cache-warm";
        this.uncached = new RedisBacklog<>("revocations", redis, UNCACHED_LIMIT,
                (commands, revocation) -> cache(commands, revocation.tokenId(), revocation.expiresAt()));
    }

    @Override
    public void revoke(String tokenId, UserId userId, Instant expiresAt) {
        durable.revoke(tokenId, userId, expiresAt);
        try {
            redis.call(commands -> cache(commands, tokenId, expiresAt));
        } catch (BackingServiceUnavailable e) {
            // The database has it; Redis may be believed without it (by an instance that reaches it, or once it is
            // back with its warm marker): write it there as soon as Redis answers, and say it is not done yet.
            LOG.warn("Redis unavailable while caching the revocation of {}: it is cached as soon as Redis answers",
                    tokenId);
            uncached.add(new Uncached(tokenId, expiresAt));
            throw e;
        }
    }

    /** How many revocations wait to be cached (for tests). */
    int uncached() {
        return uncached.size();
    }

    @Override
    public boolean isRevoked(String tokenId) {
        try {
            return redis.call(commands -> {
                var values = commands.mget(warmKey, prefix + tokenId);
                if (values.get(0).hasValue()) {
                    return values.get(1).hasValue();
                }
                warm(commands);
                return durable.isRevoked(tokenId);
            });
        } catch (BackingServiceUnavailable e) {
            return durable.isRevoked(tokenId);
        }
    }

    @Override
    public Map<String, Instant> unexpired(Instant now) {
        return durable.unexpired(now);
    }

    private void warm(io.lettuce.core.api.sync.RedisCommands<String, String> commands) {
        var now = clock.now();
        var live = durable.unexpired(now);
        live.forEach((tokenId, expiresAt) -> cache(commands, tokenId, expiresAt));
        commands.set(warmKey, now.toString());
        LOG.info("Revocation cache filled with {} unexpired revocations", live.size());
    }

    private String cache(io.lettuce.core.api.sync.RedisCommands<String, String> commands, String tokenId,
                         Instant expiresAt) {
        var ttl = Duration.between(clock.now(), expiresAt);
        if (ttl.isNegative() || ttl.isZero()) {
            return null;
        }
        return commands.set(prefix + tokenId, "1", SetArgs.Builder.px(ttl.toMillis()));
    }

    /** The database's; the cached keys expire in Redis with their tokens (a TTL each), nothing to sweep here. */
    @Override
    public int purgeExpired(Instant now, int batch) {
        return durable.purgeExpired(now, batch);
    }
}
