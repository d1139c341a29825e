package dev.warden.adapter.redis;

import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.shared.port.out.Clock;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;

/**
 * Bucket4j buckets kept in Redis through its Lettuce integration (compare-and-swap), so that every instance
 * on one Redis shares the same limits. A bucket's key expires once it would be full again. Buckets run on
 * the service's clock; a Redis failure leaves as BackingServiceUnavailable (503).
 */
public final class RedisRateLimiter implements RateLimiter {
    private final RedisConnector redis;
    private final TimeMeter time;
    private final String prefix;
    private volatile ProxyManager<String> buckets;

    public RedisRateLimiter(RedisConnector redis, Clock clock, String keyPrefix) {
        this.redis = redis;
        this.prefix = keyPrefix + "limit:";
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.now();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    public Outcome tryAcquire(String key, Limit limit) {
        return redis.callBinary(connection -> {
            var probe = bucket(connection, key, limit).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed()
                    ? Outcome.allowed(probe.getRemainingTokens())
                    : Outcome.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        });
    }

    @Override
    public Outcome peek(String key, Limit limit) {
        return redis.callBinary(connection -> {
            var probe = bucket(connection, key, limit).estimateAbilityToConsume(1);
            return probe.canBeConsumed()
                    ? Outcome.allowed(probe.getRemainingTokens())
                    : Outcome.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        });
    }

    @Override
    public void reset(String key) {
        redis.callBinary(connection -> {
            proxies(connection).removeProxy(prefix + key);
            return null;
        });
    }

    private BucketProxy bucket(StatefulRedisConnection<String, byte[]> connection, String key,
                               Limit limit) {
        var configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.permits())
                        .refillIntervally(limit.permits(), limit.period()).build())
                .build();
        return proxies(connection).builder().build(prefix + key, () -> configuration);
    }

    private ProxyManager<String> proxies(StatefulRedisConnection<String, byte[]> connection) {
        var built = buckets;
        if (built == null) {
            synchronized (this) {
                built = buckets;
                if (built == null) {
                    built = Bucket4jLettuce.casBasedBuilder(connection)
                            .clientClock(time)
                            .expirationAfterWrite(ExpirationAfterWriteStrategy
                                    .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                            .build();
                    buckets = built;
                }
            }
        }
        return built;
    }
}
