package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.Tokens;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens, keys and revocations outlive the process: two successive servers share one H2 file database. */
class RestartHttpTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";

    @TempDir
    static Path dataDir;

    private static EmbeddedServer restarted;
    private static Api api;
    private static String name;
    private static Tokens issuedBefore;
    private static Api.Reply loggedOutBefore;
    private static List<String> kidsBefore;

    @BeforeAll
    static void issueTokensThenRestart() {
        var first = start();
        try {
            var before = api(first);
            name = "restart" + UUID.randomUUID().toString().substring(0, 8);
            issuedBefore = before.registerAndLogin(name, PASSWORD);
            loggedOutBefore = before.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
            var logout = before.post("/api/auth/logout", Map.of(),
                    "Authorization", bearer(loggedOutBefore.string("access_token")));
            assertThat(logout.status()).isEqualTo(200);
            kidsBefore = kids(before);
        } finally {
            first.getApplicationContext().close();
        }
        restarted = start();
        api = api(restarted);
    }

    @AfterAll
    static void stop() {
        if (restarted != null) {
            restarted.getApplicationContext().close();
        }
    }

    @Test
    void anAccessTokenIssuedBeforeARestartStillWorks() {
        var me = api.get("/api/auth/me", "Authorization", bearer(issuedBefore.accessToken()));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).containsEntry("username", name);
    }

    @Test
    void aRefreshTokenIssuedBeforeARestartStillWorks() {
        var reply = api.post("/api/auth/refresh", Map.of("refresh_token", issuedBefore.refreshToken()));

        assertThat(reply.status()).isEqualTo(200);
        var me = api.get("/api/auth/me", "Authorization", bearer(reply.string("access_token")));
        assertThat(me.body()).containsEntry("username", name);
    }

    @Test
    void theKeySetPublishesTheSameKidAfterARestart() {
        assertThat(kidsBefore).isNotEmpty();
        assertThat(kids(api)).isEqualTo(kidsBefore);
    }

    @Test
    void tokensRevokedBeforeARestartStayRevoked() {
        var me = api.get("/api/auth/me", "Authorization", bearer(loggedOutBefore.string("access_token")));
        var refresh = api.post("/api/auth/refresh", Map.of("refresh_token", loggedOutBefore.string("refresh_token")));

        assertThat(me.status()).isEqualTo(403);
        assertThat(me.detail()).isEqualTo("Invalid token");
        assertThat(refresh.status()).isEqualTo(401);
        assertThat(refresh.detail()).isEqualTo("Invalid refresh token");
    }

    @Test
    void anAccountRegisteredBeforeARestartCanLogIn() {
        var reply = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.string("access_token")).isNotBlank();
    }

    private static EmbeddedServer start() {
        var url = "jdbc:h2:file:" + dataDir.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        var server = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", url), "test");
        assertThat(server.isRunning()).isTrue();
        return server;
    }

    private static Api api(EmbeddedServer server) {
        return new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @SuppressWarnings("unchecked")
    private static List<String> kids(Api api) {
        var reply = api.get("/.well-known/jwks.json");
        assertThat(reply.status()).isEqualTo(200);
        return ((List<Map<String, Object>>) reply.body().get("keys")).stream()
                .map(key -> (String) key.get("kid")).toList();
    }
}
