package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With REDIS_URI set, sessions live in Redis: a restart of the service does not log anyone out. */
class SessionRestartHttpTest {

    @Test
    void aSessionOutlivesARestartOfTheService() {
        TestRedisServer.requireShared();
        var settings = Map.<String, Object>of(
                "datasources.default.url", "jdbc:h2:mem:restart-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "redis.uri", TestRedisServer.SHARED_URI,
                "auth.session.redis-key-prefix", "warden-test:" + UUID.randomUUID() + ":");
        var name = "restart" + UUID.randomUUID().toString().substring(0, 8);
        String cookie;
        try (var before = ApplicationContext.run(EmbeddedServer.class, settings, "test")) {
            var api = new Api(before.getURL(), before.getApplicationContext().getBean(JsonMapper.class));
            cookie = api.kit().sessionCookie(api.kit().register(name));
        }

        try (var after = ApplicationContext.run(EmbeddedServer.class, settings, "test")) {
            var api = new Api(after.getURL(), after.getApplicationContext().getBean(JsonMapper.class));
            var me = api.get("/api/auth/me", "Cookie", cookie);

            assertThat(me.status()).isEqualTo(200);
            assertThat(me.string("username")).isEqualTo(name);
        }
    }
}
