package dev.warden.adapter.memory;

import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.shared.port.out.Clock;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bucket4j buckets in process memory, for one instance (the Redis adapter shares them between instances).
 * Buckets run on the service's clock. A full bucket is the same as none, so full ones are dropped when
 * the map grows large.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private static final int PRUNE_ABOVE = 100_000;

    private record Entry(Bucket bucket, Limit limit) {}

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    public InMemoryRateLimiter(Clock clock) {
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
        var probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Outcome.allowed(probe.getRemainingTokens())
                : Outcome.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public Outcome peek(String key, Limit limit) {
        var probe = bucket(key, limit).estimateAbilityToConsume(1);
        return probe.canBeConsumed()
                ? Outcome.allowed(probe.getRemainingTokens())
                : Outcome.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public void reset(String key) {
        buckets.remove(key);
    }

    private Bucket bucket(String key, Limit limit) {
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.limit().permits());
        }
        return buckets.computeIfAbsent(key, k -> new Entry(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.permits())
                        .refillIntervally(limit.permits(), limit.period()).build())
                .withCustomTimePrecision(time)
                .build(), limit)).bucket();
    }
}
