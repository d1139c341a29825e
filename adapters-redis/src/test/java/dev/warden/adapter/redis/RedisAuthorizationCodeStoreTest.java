package dev.warden.adapter.redis;

import dev.warden.application.oauth.port.out.AuthorizationCodeStore;
import dev.warden.application.oauth.port.out.AuthorizationCodeStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class RedisAuthorizationCodeStoreTest extends AuthorizationCodeStoreContract {
    private TestRedis redis;
    private RedisAuthorizationCodeStore store;

    @BeforeEach
    void connect() {
        redis = TestRedis.connect();
        store = new RedisAuthorizationCodeStore(redis.connector, redis.prefix);
    }

    @AfterEach
    void disconnect() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected AuthorizationCodeStore store() {
        return store;
    }
}
