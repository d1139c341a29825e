package dev.warden.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.ratelimit.port.out.RateLimiterContract;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisRateLimiterTest extends RateLimiterContract {
    private TestRedis redis;
    private RedisRateLimiter limiter;

    @BeforeEach
    void connect() {
        redis = TestRedis.connect();
        limiter = new RedisRateLimiter(redis.connector, clock, redis.prefix);
    }

    @AfterEach
    void disconnect() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }

    @Test
    void twoLimitersOnOneRedisShareTheirBuckets() {
        var limit = new RateLimiter.Limit(2, Duration.ofMinutes(1));
        var other = new RedisRateLimiter(redis.connector, clock, redis.prefix);
        assertThat(limiter.tryAcquire("shared", limit).allowed()).isTrue();
        assertThat(other.tryAcquire("shared", limit).allowed()).isTrue();
        assertThat(limiter.tryAcquire("shared", limit).allowed()).isFalse();
        assertThat(other.tryAcquire("shared", limit).allowed()).isFalse();
        java.util.List<String> keys = redis.connector.call(commands -> commands.keys(redis.prefix + "limit:*"));
        assertThat(keys).hasSize(1);
    }

    @Test
    void bucketsExpireFromRedisOnceFullAgain() {
        limiter.tryAcquire("expiring", new RateLimiter.Limit(1, Duration.ofSeconds(30)));
        long ttl = redis.connector.call(commands -> commands.pttl(redis.prefix + "limit:expiring"));
        assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(40).toMillis());
    }

    @Test
    void anUnreachableRedisIsABackingServiceFailure() {
        var nowhere = RedisClient.create("redis://127.0.0.1:1");
        var connector = new RedisConnector(nowhere);
        try {
            var unreachable = new RedisRateLimiter(connector, clock, redis.prefix);
            assertThatThrownBy(() -> unreachable.tryAcquire("any", new RateLimiter.Limit(1, Duration.ofMinutes(1))))
                    .isInstanceOf(BackingServiceUnavailable.class);
        } finally {
            connector.close();
            nowhere.shutdown();
        }
    }
}
