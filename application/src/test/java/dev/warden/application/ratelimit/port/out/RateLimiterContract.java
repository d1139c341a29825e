package dev.warden.application.ratelimit.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.ratelimit.port.out.RateLimiter.Limit;
import dev.warden.application.shared.port.out.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} must do. Each adapter's test extends this class and builds it on {@link #clock}. */
public abstract class RateLimiterContract {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T09:00:00Z"));
    /** The clock the adapter under test must run on. */
    protected final Clock clock = now::get;
    private final String key = "contract:" + UUID.randomUUID();
    private final Limit threePerMinute = new Limit(3, Duration.ofMinutes(1));

    protected abstract RateLimiter limiter();

    private void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Test
    void permitsAreTakenUntilTheBucketIsEmptyThenRefusedWithTheWait() {
        assertThat(limiter().tryAcquire(key, threePerMinute)).isEqualTo(RateLimiter.Outcome.allowed(2));
        assertThat(limiter().tryAcquire(key, threePerMinute)).isEqualTo(RateLimiter.Outcome.allowed(1));
        advance(Duration.ofSeconds(20));
        assertThat(limiter().tryAcquire(key, threePerMinute)).isEqualTo(RateLimiter.Outcome.allowed(0));

        var refused = limiter().tryAcquire(key, threePerMinute);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theBucketIsFullAgainOnceThePeriodHasPassed() {
        for (int i = 0; i < 3; i++) {
            limiter().tryAcquire(key, threePerMinute);
        }
        advance(Duration.ofSeconds(59));
        assertThat(limiter().tryAcquire(key, threePerMinute).allowed()).isFalse();
        advance(Duration.ofSeconds(1));
        assertThat(limiter().tryAcquire(key, threePerMinute)).isEqualTo(RateLimiter.Outcome.allowed(2));
    }

    @Test
    void peekTellsWithoutTaking() {
        assertThat(limiter().peek(key, threePerMinute)).isEqualTo(RateLimiter.Outcome.allowed(3));
        limiter().tryAcquire(key, threePerMinute);
        assertThat(limiter().peek(key, threePerMinute)).isEqualTo(RateLimiter.Outcome.allowed(2));
        assertThat(limiter().peek(key, threePerMinute)).isEqualTo(RateLimiter.Outcome.allowed(2));
        limiter().tryAcquire(key, threePerMinute);
        limiter().tryAcquire(key, threePerMinute);

        var empty = limiter().peek(key, threePerMinute);
        assertThat(empty.allowed()).isFalse();
        assertThat(empty.retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void resetForgetsTheBucket() {
        for (int i = 0; i < 3; i++) {
            limiter().tryAcquire(key, threePerMinute);
        }
        limiter().reset(key);
        assertThat(limiter().tryAcquire(key, threePerMinute)).isEqualTo(RateLimiter.Outcome.allowed(2));
        limiter().reset("contract:never-used-" + UUID.randomUUID());
    }

    @Test
    void keysHaveBucketsOfTheirOwn() {
        var other = key + ":other";
        for (int i = 0; i < 3; i++) {
            limiter().tryAcquire(key, threePerMinute);
        }
        assertThat(limiter().tryAcquire(other, threePerMinute)).isEqualTo(RateLimiter.Outcome.allowed(2));
        assertThat(limiter().tryAcquire(key, threePerMinute).allowed()).isFalse();
    }
}
