package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on different ports sharing one database and one Redis, as in production: what one does, the other
 * sees at once, although each keeps accounts and revocations in memory (told of the other's changes through Redis).
 * The database is an H2 that other processes may open (AUTO_SERVER), so that both keep their caches as they would on
 * PostgreSQL rather than as the sole writer of an embedded one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final String ADMIN = "twins_admin";

    private EmbeddedServer first;
    private EmbeddedServer second;
    private Api one;
    private Api two;

    @BeforeAll
    void startBoth(@TempDir Path directory) {
        TestRedisServer.requireShared();
        var shared = Map.<String, Object>of(
                "datasources.default.url", "jdbc:h2:file:" + directory.resolve("warden")
                        + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "redis.uri", TestRedisServer.SHARED_URI,
                "auth.session.redis-key-prefix", "warden-test:" + UUID.randomUUID() + ":",
                "auth.rate-limits.forgot-password", "3/10m",
                "auth.bootstrap-admin.username", ADMIN,
                "auth.bootstrap-admin.email", ADMIN + "@example.com",
                "auth.bootstrap-admin.password", PASSWORD);
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
        return one.kit().register(unique("twin")).username();
    }

    private String sessionCookie(Api api, String name) {
        return api.kit().sessionCookie(name, PASSWORD);
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
        var access = one.kit().tokensFor(name, PASSWORD).accessToken();
        assertThat(two.get("/api/auth/me", "Authorization", bearer(access)).status()).isEqualTo(200);

        assertThat(one.post("/api/auth/logout", null, "Authorization", bearer(access)).status()).isEqualTo(200);

        var me = soon(() -> two.get("/api/auth/me", "Authorization", bearer(access)), reply -> reply.status() != 200);
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.detail()).isEqualTo("Invalid token");
    }

    @Test
    void rolesChangedOnOneInstanceAreSeenByTheOther() {
        var name = registered();
        var access = one.kit().tokensFor(name, PASSWORD).accessToken();
        var before = two.get("/api/auth/me", "Authorization", bearer(access));
        assertThat(before.body()).containsEntry("is_staff", false); // the account is now kept by the second instance
        var admin = one.kit().tokensFor(ADMIN, PASSWORD).accessToken();

        var changed = one.send("PATCH", "/api/admin/users/" + before.string("id") + "/roles", "{\"is_staff\":true}",
                "application/json", "Authorization", bearer(admin));

        assertThat(changed.status()).isEqualTo(200);
        var after = soon(() -> two.get("/api/auth/me", "Authorization", bearer(access)),
                reply -> Boolean.TRUE.equals(reply.body().get("is_staff")));
        assertThat(after.body()).containsEntry("is_staff", true);
    }

    @Test
    void anAccountDeactivatedOnOneInstanceIsRefusedByTheOther() {
        var name = registered();
        var access = one.kit().tokensFor(name, PASSWORD).accessToken();
        var id = two.get("/api/auth/me", "Authorization", bearer(access)).string("id");
        var admin = one.kit().tokensFor(ADMIN, PASSWORD).accessToken();

        assertThat(one.post("/api/admin/users/" + id + "/deactivate", null, "Authorization", bearer(admin)).status())
                .isEqualTo(200);

        // deactivation signs the account out everywhere: its access tokens are revoked
        var me = soon(() -> two.get("/api/auth/me", "Authorization", bearer(access)), reply -> reply.status() != 200);
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.detail()).isEqualTo("Invalid token");
    }

    @Test
    void aKeyRotatedOnOneInstanceSignsOnTheOtherAtOnceAndTokensOfEitherKeyWorkOnBoth() {
        var name = registered();
        var credentials = Map.of("username", name, "password", PASSWORD);
        var before = one.post("/api/auth/login", credentials).string("access_token");
        var rotated = one.post("/api/admin/signing-keys/rotate", null, "Authorization", bearer(adminToken(one)));
        assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
        var kid = rotated.string("kid");

        // told through Redis: without the notice, the other instance would read the keys again only after 30 s
        var fromTwo = soon(() -> two.post("/api/auth/login", credentials),
                reply -> kid.equals(KeyThief.kidOf(reply.string("access_token")))).string("access_token");
        var fromOne = one.post("/api/auth/login", credentials).string("access_token");

        assertThat(KeyThief.kidOf(fromTwo)).isEqualTo(kid);
        assertThat(KeyThief.kidOf(fromOne)).isEqualTo(kid);
        for (var token : java.util.List.of(before, fromOne, fromTwo)) {
            assertThat(one.get("/api/auth/me", "Authorization", bearer(token)).status()).isEqualTo(200);
            assertThat(two.get("/api/auth/me", "Authorization", bearer(token)).status()).isEqualTo(200);
        }
        assertThat(publishedKids(two)).contains(kid, KeyThief.kidOf(before));
    }

    @Test
    void twoInstancesRotatingAtOnceEndWithOneKeyThatBothSignWith() throws Exception {
        var adminOne = bearer(adminToken(one));
        var adminTwo = bearer(adminToken(two));

        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var onOne = threads.submit(() -> one.post("/api/admin/signing-keys/rotate", null, "Authorization", adminOne));
            var onTwo = threads.submit(() -> two.post("/api/admin/signing-keys/rotate", null, "Authorization", adminTwo));
            assertThat(onOne.get().status()).as(onOne.get().text()).isEqualTo(200);
            assertThat(onTwo.get().status()).as(onTwo.get().text()).isEqualTo(200);
        }

        var name = registered();
        var credentials = Map.of("username", name, "password", PASSWORD);
        // each hears of the other's key through Redis within milliseconds; until then one of them may sign with its own
        var deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        String signingOne;
        String signingTwo;
        do {
            signingOne = KeyThief.kidOf(one.post("/api/auth/login", credentials).string("access_token"));
            signingTwo = KeyThief.kidOf(two.post("/api/auth/login", credentials).string("access_token"));
        } while (!signingOne.equals(signingTwo) && System.nanoTime() < deadline);
        assertThat(signingTwo).isEqualTo(signingOne);
        assertThat(publishedKids(one)).containsExactlyInAnyOrderElementsOf(publishedKids(two));
    }

    private static String adminToken(Api api) {
        var login = api.post("/api/auth/login", Map.of("username", ADMIN, "password", PASSWORD));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return login.string("access_token");
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> publishedKids(Api api) {
        var keys = (java.util.List<Map<String, Object>>) api.get("/.well-known/jwks.json").body().get("keys");
        return keys.stream().map(key -> (String) key.get("kid")).toList();
    }

    /**
     * The reply once {@code done} holds, asking again for at most two seconds: a change reaches the other instance
     * through Redis Pub/Sub within milliseconds, not within the same instant as the reply to the one that made it.
     * (Without the notice it would take the 30 s the other instance may keep what it holds.)
     */
    private static Api.Reply soon(Supplier<Api.Reply> call, Predicate<Api.Reply> done) {
        var deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        var reply = call.get();
        while (!done.test(reply) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            reply = call.get();
        }
        return reply;
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
