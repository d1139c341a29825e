package dev.warden.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.session.port.out.SessionStoreContract;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.session.Session;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisSessionStoreTest extends SessionStoreContract {
    private TestRedis redis;
    private RedisSessionStore store;

    @BeforeEach
    void connect() {
        redis = TestRedis.connect();
        store = new RedisSessionStore(redis.connector, redis.prefix);
    }

    @AfterEach
    void disconnect() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected SessionStore store() {
        return store;
    }

    @Test
    void redisExpiresTheKeysByItselfAfterTheRemainingLifetime() {
        var now = Instant.now();
        var session = Session.start(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()),
                new UserId(UUID.randomUUID()), now, RULES, new ClientInfo("curl", "::1"));
        store.create(session);
        store.findAndTouch(session.secretHash(), now.plusSeconds(3600), RULES);

        long sessionTtl = redis.connector.call(c -> c.pttl(redis.prefix + "session:" + session.secretHash()));
        long indexTtl = redis.connector.call(c -> c.pttl(redis.prefix + "user-sessions:" + session.userId()));

        assertThat(sessionTtl).isBetween(LIFETIME.toMillis() - 60_000, LIFETIME.toMillis());
        assertThat(indexTtl).isBetween(LIFETIME.toMillis() - 60_000, LIFETIME.toMillis());
    }

    @Test
    void nearItsMaximumAgeTheSessionKeyLivesOnlyWhatIsLeftWhileTheUsersIndexKeepsAFullLifetime() {
        var now = Instant.now();
        var createdAt = now.minus(MAX_AGE).plus(Duration.ofDays(1));
        var session = new Session(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()),
                new UserId(UUID.randomUUID()), createdAt, now.minusSeconds(3600), now.plus(Duration.ofDays(1)),
                new ClientInfo("curl", "::1"));
        store.create(session);
        store.findAndTouch(session.secretHash(), now, RULES);

        long sessionTtl = redis.connector.call(c -> c.pttl(redis.prefix + "session:" + session.secretHash()));
        long indexTtl = redis.connector.call(c -> c.pttl(redis.prefix + "user-sessions:" + session.userId()));

        assertThat(sessionTtl).isBetween(Duration.ofDays(1).toMillis() - 60_000, Duration.ofDays(1).toMillis());
        assertThat(indexTtl).isBetween(LIFETIME.toMillis() - 60_000, LIFETIME.toMillis());
    }
}
