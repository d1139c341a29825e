package dev.warden.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.adapter.memory.InMemoryRevokedAccessTokens;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.application.token.port.out.RevokedAccessTokensContract;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisCachedRevokedAccessTokensTest extends RevokedAccessTokensContract {
    private TestRedis redis;
    private InMemoryRevokedAccessTokens durable;
    private RedisCachedRevokedAccessTokens cached;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @BeforeEach
    void connect() {
        redis = TestRedis.connect();
        durable = new InMemoryRevokedAccessTokens();
        cached = new RedisCachedRevokedAccessTokens(durable, redis.connector, () -> now, redis.prefix);
    }

    @AfterEach
    void disconnect() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected RevokedAccessTokens revocations() {
        return cached;
    }

    @Override
    protected UserId storedUser() {
        return new UserId(UUID.randomUUID());
    }

    @Test
    void aRevocationSurvivesAFlushOfRedis() {
        var token = UUID.randomUUID().toString();
        cached.revoke(token, storedUser(), now.plusSeconds(3600));
        assertThat(cached.isRevoked(token)).isTrue();

        redis.flushOwnKeys();

        assertThat(cached.isRevoked(token)).isTrue();
        assertThat(cached.isRevoked(UUID.randomUUID().toString())).isFalse();
    }

    @Test
    void revocationsMadeBeforeTheCacheExistedAreLoadedIntoIt() {
        var token = UUID.randomUUID().toString();
        durable.revoke(token, storedUser(), now.plusSeconds(3600)); // e.g. by an instance without Redis

        assertThat(cached.isRevoked(token)).isTrue();
        long ttl = redis.connector.call(c -> c.pttl(redis.prefix + "revoked:" + token));
        assertThat(ttl).isBetween(3_590_000L, 3_600_000L);
    }

    @Test
    void onceWarmTheCacheAnswersWithoutTheDatabase() {
        var token = UUID.randomUUID().toString();
        cached.revoke(token, storedUser(), now.plusSeconds(3600));
        cached.isRevoked("warm-up");
        var lateDatabaseOnly = UUID.randomUUID().toString();
        durable.revoke(lateDatabaseOnly, storedUser(), now.plusSeconds(3600));

        assertThat(cached.isRevoked(token)).isTrue();
        assertThat(cached.isRevoked(lateDatabaseOnly)).as("answered from the warm cache, not the database").isFalse();
    }

    /**
     * The soak's finding: an instance whose connection to Redis is not back yet (Lettuce waits longer and longer
     * between attempts) revokes a token while another instance reaches Redis and believes its warm cache.
     */
    @Test
    void aRevocationThatCannotBeCachedIsNotAcknowledgedAndReachesRedisOnceItAnswers() throws Exception {
        cached.isRevoked("warm-up"); // this instance filled the cache: it believes it from now on
        try (var away = redis.relayed()) {
            var other = new RedisCachedRevokedAccessTokens(durable, away.connector(), () -> now, redis.prefix);
            other.isRevoked("connected");
            away.relay().cut();
            var token = UUID.randomUUID().toString();

            // Acknowledged, this would be the attack: logged out, yet the token opens the first instance.
            assertThatThrownBy(() -> other.revoke(token, storedUser(), now.plusSeconds(3600)))
                    .isInstanceOf(BackingServiceUnavailable.class);
            assertThat(durable.isRevoked(token)).as("stored all the same").isTrue();
            assertThat(other.uncached()).isEqualTo(1);

            away.relay().restore();
            await("cached once Redis answers that instance again", () -> cached.isRevoked(token));
            await("nothing left to cache", () -> other.uncached() == 0);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 20 s: " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
