package dev.warden.adapter.redis;

import dev.warden.application.oauth.port.out.PendingLoginStore;
import dev.warden.application.oauth.port.out.PendingLoginStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class RedisPendingLoginStoreTest extends PendingLoginStoreContract {
    private TestRedis redis;
    private RedisPendingLoginStore store;

    @BeforeEach
    void connect() {
        redis = TestRedis.connect();
        store = new RedisPendingLoginStore(redis.connector, redis.prefix);
    }

    @AfterEach
    void disconnect() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected PendingLoginStore store() {
        return store;
    }
}
