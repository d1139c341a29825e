package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis goes away under a running service (a redis-server of the test's own, stopped by its pid) and comes
 * back: requests that need it answer 503 in the contract's format (a logout too: its revocation cannot be made sure
 * everywhere), bearer requests keep working, and the service recovers without a restart.
 */
class RedisOutageHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it

    private TestRedisServer redis;
    private EmbeddedServer server;
    private Api api;

    @BeforeEach
    void start() {
        redis = TestRedisServer.startPrivate();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("redis.uri", redis.uri()), "test");
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.getApplicationContext().close();
        }
        if (redis != null) {
            redis.stop();
        }
    }

    @Test
    void withRedisDownSessionsAnswer503BearerTokensWorkAndServiceResumesWhenItReturns() throws Exception {
        var user = api.kit().register(unique("outage"));
        var name = user.username();
        var access = api.kit().tokensFor(user).accessToken();
        var cookie = api.kit().sessionCookie(user);
        var loggingOut = api.kit().tokensFor(user).accessToken();
        assertThat(api.get("/api/auth/me", "Cookie", cookie).status()).isEqualTo(200);

        redis.stop();

        var bySession = api.get("/api/auth/me", "Cookie", cookie);
        assertThat(bySession.status()).isEqualTo(503);
        assertThat(bySession.body()).isEqualTo(Map.of("detail", "Session store unavailable", "status_code", 503,
                "extra", Map.of()));
        var newSession = api.post("/api/auth/session/login", Map.of("username", name, "password", PASSWORD));
        assertThat(newSession.status()).isEqualTo(503);
        assertThat(newSession.detail()).isEqualTo("Session store unavailable");
        // Logins need the limits kept in Redis: refused with 503 rather than let through uncounted.
        var tokenLogin = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
        assertThat(tokenLogin.status()).isEqualTo(503);
        assertThat(tokenLogin.detail()).isEqualTo("Session store unavailable");
        var byToken = api.get("/api/auth/me", "Authorization", bearer(access));
        assertThat(byToken.status()).isEqualTo(200);
        assertThat(byToken.string("username")).isEqualTo(name);
        // A revocation is stored and refused here at once, but other instances may rely on Redis or on what they
        // heard through it: not answered as done.
        var logout = api.post("/api/auth/logout", null, "Authorization", bearer(loggingOut));
        assertThat(logout.status()).isEqualTo(503);
        assertThat(logout.detail()).isEqualTo("Session store unavailable");
        var revoked = api.get("/api/auth/me", "Authorization", bearer(loggingOut));
        assertThat(revoked.status()).isEqualTo(403);
        assertThat(revoked.detail()).isEqualTo("Invalid token");

        redis.start();

        var resumed = eventually(() -> api.post("/api/auth/session/login",
                Map.of("username", name, "password", PASSWORD)), reply -> reply.status() == 200);
        assertThat(resumed.status()).isEqualTo(200);
        var freshCookie = resumed.header("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(api.get("/api/auth/me", "Cookie", freshCookie).status()).isEqualTo(200);
    }

    @Test
    void theClientFailsFastWhileRedisIsAwayAndTriesAgainAtLeastEverySecond() {
        var client = server.getApplicationContext().getBean(RedisClient.class);

        assertThat(client.getOptions().getDisconnectedBehavior())
                .isEqualTo(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        var delay = client.getResources().reconnectDelay();
        assertThat(delay.createDelay(1)).isLessThan(Duration.ofMillis(100));
        assertThat(delay.createDelay(1_000)).isEqualTo(Duration.ofSeconds(1));
    }

    /** Lettuce reconnects in the background; give it a few seconds, polling (no fixed sleep). */
    private static Api.Reply eventually(Supplier<Api.Reply> call, java.util.function.Predicate<Api.Reply> done)
            throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        var reply = call.get();
        while (!done.test(reply) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            reply = call.get();
        }
        return reply;
    }
}
