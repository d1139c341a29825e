package dev.warden.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.memory.InMemoryRevokedAccessTokens;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.application.token.port.out.RevokedAccessTokensContract;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
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
}
