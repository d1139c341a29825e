package dev.warden.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.application.secondfactor.port.out.MfaChallengeStoreContract;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisMfaChallengeStoreTest extends MfaChallengeStoreContract {
    private TestRedis redis;
    private RedisMfaChallengeStore store;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void connect() {
        redis = TestRedis.connect();
        store = new RedisMfaChallengeStore(redis.connector, redis.prefix);
    }

    @AfterEach
    void disconnect() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected MfaChallengeStore store() {
        return store;
    }

    /** Keys expire by the Redis server's clock: challenges are issued now. */
    @Override
    protected Instant now() {
        return now;
    }

    @Test
    void aChallengeKeyExpiresByItselfWithTheChallengeAndHoldsNoToken() {
        var token = "mfa-" + UUID.randomUUID();
        store.add(MfaChallenge.issue(token, new UserId(UUID.randomUUID()), MfaChallenge.Purpose.TOKENS,
                ClientInfo.UNKNOWN, now));

        var key = redis.prefix + "mfa:" + MfaChallenge.hashOf(token);
        long ttl = redis.connector.call(commands -> commands.pttl(key));
        assertThat(ttl).isPositive().isLessThanOrEqualTo(MfaChallenge.TTL.toMillis());
        assertThat(redis.connector.call(commands -> commands.hgetall(key)).values()).doesNotContain(token);
    }
}
