package dev.warden.application.ratelimit.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * Token buckets by key: each key holds at most {@code permits} permits, all given back together once
 * {@code period} has passed since the bucket was first used (so "N per period"). Adapters share the buckets
 * between instances or keep them in process; the policies (which keys, which limits) are the use cases'.
 */
public interface RateLimiter {

    /** At most {@code permits} per {@code period}. */
    record Limit(int permits, Duration period) {
        public Limit {
            Objects.requireNonNull(period, "period");
            if (permits < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a limit needs at least one permit and a positive period");
            }
        }
    }

    /** What a bucket said: whether a permit was (or could be) taken, what is left, and when one comes back. */
    record Outcome(boolean allowed, long remaining, Duration retryAfter) {
        public static Outcome allowed(long remaining) {
            return new Outcome(true, remaining, Duration.ZERO);
        }

        public static Outcome refused(Duration retryAfter) {
            return new Outcome(false, 0, retryAfter);
        }
    }

    /** Takes one permit from the bucket of {@code key}; when there is none, nothing is taken. */
    Outcome tryAcquire(String key, Limit limit);

    /** Whether one permit could be taken now, without taking it. */
    Outcome peek(String key, Limit limit);

    /** Forgets the bucket of {@code key}: it starts full again. */
    void reset(String key);
}
