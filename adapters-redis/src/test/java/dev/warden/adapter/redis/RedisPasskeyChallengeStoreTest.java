package dev.warden.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.passkey.port.out.PasskeyChallengeStore;
import dev.warden.application.passkey.port.out.PasskeyChallengeStoreContract;
import dev.warden.domain.passkey.PasskeyChallenge;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisPasskeyChallengeStoreTest extends PasskeyChallengeStoreContract {
    private TestRedis redis;
    private RedisPasskeyChallengeStore store;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void connect() {
        redis = TestRedis.connect();
        store = new RedisPasskeyChallengeStore(redis.connector, redis.prefix);
    }

    @AfterEach
    void disconnect() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected PasskeyChallengeStore store() {
        return store;
    }

    /** Keys expire by the Redis server's clock: challenges are issued now. */
    @Override
    protected Instant now() {
        return now;
    }

    @Test
    void aChallengeKeyExpiresByItselfWithTheChallengeAndIsNamedByItsHashOnly() {
        var challenge = PasskeyChallenge.forLogin("the-challenge-id", new byte[PasskeyChallenge.LENGTH],
                Optional.empty(), now);
        store.add(challenge);

        var key = redis.prefix + "passkey-challenge:" + PasskeyChallenge.loginKey("the-challenge-id");
        long ttl = redis.connector.call(commands -> commands.pttl(key));
        assertThat(ttl).isPositive().isLessThanOrEqualTo(PasskeyChallenge.TTL.toMillis());
        assertThat(key).doesNotContain("the-challenge-id");
    }
}
