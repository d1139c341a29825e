package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two instances on different ports sharing one database and one Redis: what one does, the other sees at once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesHttpTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";

    private EmbeddedServer first;
    private EmbeddedServer second;
    private Api one;
    private Api two;

    @BeforeAll
    void startBoth() {
        TestRedisServer.requireShared();
        var shared = Map.<String, Object>of(
                "datasources.default.url", "jdbc:h2:mem:two-instances-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "redis.uri", TestRedisServer.SHARED_URI,
                "auth.session.redis-key-prefix", "warden-test:" + UUID.randomUUID() + ":",
                "auth.rate-limits.forgot-password", "3/10m");
        first = ApplicationContext.run(EmbeddedServer.class, shared, "test");
        second = ApplicationContext.run(EmbeddedServer.class, shared, "test");
        one = new Api(first.getURL(), first.getApplicationContext().getBean(JsonMapper.class));
        two = new Api(second.getURL(), second.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    void stopBoth() {
        if (second != null) {
            second.getApplicationContext().close();
        }
        if (first != null) {
            first.getApplicationContext().close();
        }
    }

    private String registered() {
        var name = "twin" + UUID.randomUUID().toString().substring(0, 8);
        var reply = one.post("/api/auth/register",
                Map.of("username", name, "email", name + "@example.com", "password", PASSWORD));
        assertThat(reply.status()).isEqualTo(201);
        return name;
    }

    private String sessionCookie(Api api, String name) {
        var reply = api.post("/api/auth/session/login", Map.of("username", name, "password", PASSWORD));
        assertThat(reply.status()).isEqualTo(200);
        var setCookie = reply.header("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    @Test
    void aSessionCreatedOnOneInstanceAuthenticatesOnTheOther() {
        var name = registered();
        var cookie = sessionCookie(one, name);

        var me = two.get("/api/auth/me", "Cookie", cookie);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("username")).isEqualTo(name);
    }

    @Test
    void aLogoutOnOneInstanceIsSeenByTheOtherAtOnce() {
        var cookie = sessionCookie(one, registered());
        assertThat(two.get("/api/auth/me", "Cookie", cookie).status()).isEqualTo(200);

        assertThat(two.post("/api/auth/session/logout", null, "Cookie", cookie).status()).isEqualTo(200);

        var me = one.get("/api/auth/me", "Cookie", cookie);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.detail()).isEqualTo("Authentication required");
    }

    @Test
    void anAccessTokenRevokedOnOneInstanceIsRefusedByTheOther() {
        var name = registered();
        var tokens = one.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
        var access = tokens.string("access_token");
        assertThat(two.get("/api/auth/me", "Authorization", bearer(access)).status()).isEqualTo(200);

        assertThat(one.post("/api/auth/logout", null, "Authorization", bearer(access)).status()).isEqualTo(200);

        var me = two.get("/api/auth/me", "Authorization", bearer(access));
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.detail()).isEqualTo("Invalid token");
    }

    @Test
    void sessionsOfOneUserOpenedOnBothInstancesAreListedOnEither() {
        var name = registered();
        var cookieOne = sessionCookie(one, name);
        sessionCookie(two, name);

        var list = two.get("/api/auth/sessions", "Cookie", cookieOne);

        assertThat(list.status()).isEqualTo(200);
        assertThat((java.util.List<?>) list.body().get("sessions")).hasSize(2);
    }

    @Test
    void failedLoginsOnBothInstancesCountTowardOneLock() {
        var name = registered();
        for (int i = 0; i < 5; i++) {
            var api = i % 2 == 0 ? one : two;
            assertThat(api.post("/api/auth/login", Map.of("username", name, "password", "Wr0ng-" + i)).status())
                    .isEqualTo(401);
        }

        var onOne = one.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
        var onTwo = two.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));

        assertThat(onOne.status()).isEqualTo(429);
        assertThat(onOne.detail()).isEqualTo("Too many failed login attempts");
        assertThat(onTwo.status()).isEqualTo(429);
        assertThat(onTwo.header("Retry-After")).isPresent();
    }

    @Test
    void perAddressLimitsAreSharedByBothInstances() {
        for (int i = 0; i < 3; i++) {
            assertThat((i % 2 == 0 ? one : two).post("/api/auth/forgot-password",
                    Map.of("email", "nobody-" + i + "@example.com")).status()).isEqualTo(200);
        }
        var refused = two.post("/api/auth/forgot-password", Map.of("email", "nobody-3@example.com"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.detail()).isEqualTo("Too many requests");
    }
}
