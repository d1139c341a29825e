package dev.warden.bootstrap;

import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HTTP Basic on the protected endpoints: off by default; when on, a password login on every request. */
class BasicAuthHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it

    private EmbeddedServer server;
    private Api api;

    private void start(Map<String, Object> properties, String... environments) {
        var all = new String[environments.length + 1];
        all[0] = "test";
        System.arraycopy(environments, 0, all, 1, environments.length);
        server = ApplicationContext.run(EmbeddedServer.class, properties, all);
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    private String registered() {
        return api.kit().register(unique("basic")).username();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Api.Reply me(String... headers) {
        return api.get("/api/auth/me", headers);
    }

    @Test
    void offByDefaultABasicHeaderIsNoCredential() {
        start(Map.of());
        var name = registered();

        var reply = me("Authorization", basic(name, PASSWORD));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Authentication required");
        assertThat(reply.headers().get("www-authenticate")).containsExactly("Bearer realm=\"warden\"");
    }

    @Test
    void whenEnabledA401OffersBasicBesideBearer() {
        start(Map.of("auth.basic.enabled", true));
        var name = registered();

        for (var reply : new Api.Reply[] {me(), me("Authorization", basic(name, "Wr0ng-password"))}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.headers().get("www-authenticate"))
                    .containsExactlyInAnyOrder("Bearer realm=\"warden\"", "Basic realm=\"warden\", charset=\"UTF-8\"");
        }
        assertThat(me("Authorization", basic(name, PASSWORD)).headers()).doesNotContainKey("www-authenticate");
    }

    @Test
    void whenEnabledTheRightPasswordOpensProtectedEndpoints() {
        start(Map.of("auth.basic.enabled", true));
        var name = registered();

        var reply = me("Authorization", basic(name, PASSWORD));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.string("username")).isEqualTo(name);
        assertThat(me("Authorization", basic(name + "@example.com", PASSWORD)).string("username")).isEqualTo(name);

        var staffOnly = api.get("/api/admin/users", "Authorization", basic(name, PASSWORD));
        assertThat(staffOnly.status()).isEqualTo(403);
        assertThat(staffOnly.detail()).isEqualTo("Staff privileges required");
    }

    @Test
    void aWrongOrMalformedPasswordIsInvalidCredentials() {
        start(Map.of("auth.basic.enabled", true));
        var name = registered();

        for (var header : new String[] {basic(name, "Wr0ng-" + PASSWORD), basic("ghost-" + name, PASSWORD),
                basic(name, ""), "Basic not-base64!", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes())}) {
            var reply = me("Authorization", header);
            assertThat(reply.status()).as(header).isEqualTo(401);
            assertThat(reply.body()).isEqualTo(Map.of("detail", "Invalid credentials", "status_code", 401,
                    "extra", Map.of()));
        }
    }

    @Test
    void onTheTokenEndpointABasicHeaderAuthenticatesTheClientNotTheUser() {
        start(Map.of("auth.basic.enabled", true));
        var name = registered();
        // Swagger UI sends the OAuth client's id and secret as Basic, here a client id that happens to be the
        // username, with a secret that is not the password: that is no login, and no failed login either
        var client = basic(name, "client-secret");

        for (int i = 1; i <= 4; i++) {
            // the router also takes the path with a trailing slash
            var path = i % 2 == 0 ? "/api/auth/token/" : "/api/auth/token";
            var wrong = api.send("POST", path, "username=" + name + "&password=Wr0ng-" + i,
                    "application/x-www-form-urlencoded", "Authorization", client);
            assertThat(wrong.status()).as("failure %d counts once, not twice", i).isEqualTo(401);
        }
        var right = api.send("POST", "/api/auth/token", "grant_type=password&username=" + name + "&password="
                + PASSWORD, "application/x-www-form-urlencoded", "Authorization", basic("", ""));
        assertThat(right.status()).as(right.text()).isEqualTo(200);
    }

    @Test
    void basicIsThrottledLikeALogin() {
        start(Map.of("auth.basic.enabled", true));
        var name = registered();
        for (int i = 0; i < 5; i++) {
            assertThat(me("Authorization", basic(name, "Wr0ng-" + i)).status()).isEqualTo(401);
        }

        var locked = me("Authorization", basic(name, PASSWORD));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.detail()).isEqualTo("Too many failed login attempts");
        assertThat(locked.header("Retry-After")).isPresent();
        assertThat(api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD)).status())
                .as("the same lock holds for the JSON login").isEqualTo(429);
    }

    @Test
    void basicFailuresByEmailLockTheAccountForItsUsernameToo() {
        start(Map.of("auth.basic.enabled", true));
        var name = registered();
        for (int i = 0; i < 5; i++) {
            assertThat(me("Authorization", basic(name + "@example.com", "Wr0ng-" + i)).status()).isEqualTo(401);
        }

        assertThat(me("Authorization", basic(name, PASSWORD)).status()).isEqualTo(429);
        assertThat(api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD)).status())
                .isEqualTo(429);
    }

    @Test
    void whereHttpsIsRequiredPlainHttpIsRefusedUnlessATrustedProxySaysHttps() {
        start(Map.of("auth.basic.enabled", true, "auth.basic.require-https", true,
                "auth.trusted-proxies", "127.0.0.1,::1"));
        var name = registered();

        var plain = me("Authorization", basic(name, PASSWORD));
        assertThat(plain.status()).isEqualTo(403);
        assertThat(plain.detail()).isEqualTo("HTTP Basic authentication requires HTTPS");

        var proxied = me("Authorization", basic(name, PASSWORD), "X-Forwarded-Proto", "https");
        assertThat(proxied.status()).as(proxied.text()).isEqualTo(200);
    }

    @Test
    void aForwardedProtoFromAnUntrustedPeerIsNotBelieved() {
        start(Map.of("auth.basic.enabled", true, "auth.basic.require-https", true));
        var name = registered();

        var reply = me("Authorization", basic(name, PASSWORD), "X-Forwarded-Proto", "https");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo("HTTP Basic authentication requires HTTPS");
    }

    @Test
    void prodRequiresHttpsWithoutFurtherSetting() {
        start(Map.of("auth.basic.enabled", true,
                "datasources.default.url", "jdbc:h2:mem:basic-prod-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa", "auth.public-url", "https://auth.example.com"), "prod");
        var name = registered();

        var reply = me("Authorization", basic(name, PASSWORD));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo("HTTP Basic authentication requires HTTPS");
    }
}
