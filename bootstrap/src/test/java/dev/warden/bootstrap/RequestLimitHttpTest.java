package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Per-address limits on the public endpoints (429 Too many requests + Retry-After), counted under the
 * socket's address unless AUTH_TRUSTED_PROXIES says whose X-Forwarded-For to believe.
 */
class RequestLimitHttpTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";

    private EmbeddedServer server;
    private MutableClock clock;
    private Api api;

    private void start(Map<String, Object> properties) {
        var all = new java.util.HashMap<String, Object>(Map.of(
                "auth.rate-limits.register", "3/10m",
                "auth.rate-limits.login", "4/1m",
                "auth.rate-limits.forgot-password", "2/10m",
                "auth.rate-limits.send-verification", "2/10m"));
        all.putAll(properties);
        server = ApplicationContext.run(EmbeddedServer.class, all, "test", "mutable-clock");
        clock = server.getApplicationContext().getBean(MutableClock.class);
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    private Api.Reply register(String... headers) {
        var name = "lim" + UUID.randomUUID().toString().substring(0, 8);
        return api.send("POST", "/api/auth/register", "{\"username\":\"" + name + "\",\"email\":\"" + name
                + "@example.com\",\"password\":\"" + PASSWORD + "\"}", "application/json", headers);
    }

    private static void assertTooMany(Api.Reply reply, int retryAfter) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(429);
        assertThat(reply.body()).isEqualTo(Map.of("detail", "Too many requests", "status_code", 429,
                "extra", Map.of("retry_after", retryAfter)));
        assertThat(reply.header("Retry-After")).contains(Integer.toString(retryAfter));
    }

    @Test
    void registrationsFromOneAddressAreLimitedAndNothingIsCreatedPastTheLimit() {
        start(Map.of());
        for (int i = 0; i < 3; i++) {
            assertThat(register().status()).isEqualTo(201);
        }
        clock.advance(Duration.ofMinutes(4));
        var refused = api.post("/api/auth/register", Map.of("username", "past_limit", "email",
                "past_limit@example.com", "password", PASSWORD));
        assertTooMany(refused, 360);

        clock.advance(Duration.ofMinutes(6));
        assertThat(api.post("/api/auth/login", Map.of("username", "past_limit", "password", PASSWORD)).status())
                .as("the refused registration created no account").isEqualTo(401);
        assertThat(register().status()).isEqualTo(201);
    }

    @Test
    void aTrailingSlashDoesNotEscapeTheLimit() {
        start(Map.of());
        for (int i = 0; i < 3; i++) {
            assertThat(register().status()).isEqualTo(201);
        }
        var name = "slash" + UUID.randomUUID().toString().substring(0, 8);
        var reply = api.send("POST", "/api/auth/register/", "{\"username\":\"" + name + "\",\"email\":\"" + name
                + "@example.com\",\"password\":\"" + PASSWORD + "\"}", "application/json");
        assertTooMany(reply, 600);
    }

    @Test
    void loginEndpointsShareOneLimitPerAddressWhateverTheAccount() {
        start(Map.of());
        api.post("/api/auth/login", Map.of("username", "a", "password", "x"));
        api.post("/api/auth/session/login", Map.of("username", "b", "password", "x"));
        api.send("POST", "/api/auth/token", "username=c&password=x", "application/x-www-form-urlencoded");
        api.post("/api/auth/login", Map.of("username", "d", "password", "x"));

        assertTooMany(api.post("/api/auth/login", Map.of("username", "e", "password", "x")), 60);
        assertTooMany(api.post("/api/auth/session/login", Map.of("username", "e", "password", "x")), 60);
    }

    @Test
    void theSelfServiceEndpointsCountWithLoginsBeforeAnyCredentialIsLookedAt() {
        start(Map.of());
        api.post("/api/auth/login", Map.of("username", "a", "password", "x"));
        api.post("/api/auth/password/change", Map.of("current_password", "x", "new_password", "y"));
        api.post("/api/auth/email/change", Map.of("new_email", "a@example.com", "current_password", "x"));
        api.send("DELETE", "/api/auth/me", "{\"password\":\"x\"}", "application/json");

        assertTooMany(api.post("/api/auth/me/delete", Map.of("password", "x")), 60);
        assertTooMany(api.send("DELETE", "/api/auth/me", "{\"password\":\"x\"}", "application/json"), 60);
        assertTooMany(api.post("/api/auth/password/change", Map.of("current_password", "x", "new_password", "y")), 60);
        assertThat(api.get("/api/auth/me").status()).as("reading the account is not limited").isEqualTo(401);
    }

    @Test
    void mailRequestsAreLimitedPerAddressToo() {
        start(Map.of());
        api.post("/api/auth/forgot-password", Map.of("email", "one@example.com"));
        api.post("/api/auth/forgot-password", Map.of("email", "two@example.com"));
        assertTooMany(api.post("/api/auth/forgot-password", Map.of("email", "three@example.com")), 600);

        api.post("/api/auth/send-verification", Map.of("email", "one@example.com"));
        api.post("/api/auth/send-verification", Map.of("email", "two@example.com"));
        assertTooMany(api.post("/api/auth/send-verification", Map.of("email", "three@example.com")), 600);
    }

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() {
        start(Map.of());
        for (int i = 0; i < 3; i++) {
            assertThat(register("X-Forwarded-For", "198.51.100." + i).status()).isEqualTo(201);
        }
        assertTooMany(register("X-Forwarded-For", "198.51.100.99"), 600);
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnLimit() {
        start(Map.of("auth.trusted-proxies", "10.0.0.0/8, 127.0.0.1, ::1"));
        for (int i = 0; i < 3; i++) {
            assertThat(register("X-Forwarded-For", "198.51.100.7").status()).isEqualTo(201);
        }
        assertTooMany(register("X-Forwarded-For", "198.51.100.7"), 600);
        // A client cannot escape by prepending an address of its choice: the rightmost untrusted hop counts.
        assertTooMany(register("X-Forwarded-For", "203.0.113.50, 198.51.100.7"), 600);
        assertTooMany(register("X-Forwarded-For", "198.51.100.7, 10.1.2.3"), 600);

        assertThat(register("X-Forwarded-For", "198.51.100.8").status()).isEqualTo(201);
    }

    @Test
    void theForwardedClientIsTheAddressSessionsRecord() {
        start(Map.of("auth.trusted-proxies", "127.0.0.1/32,::1"));
        var name = "fwd" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/auth/register", Map.of("username", name, "email", name + "@example.com",
                "password", PASSWORD));
        var login = api.send("POST", "/api/auth/session/login", "{\"username\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\"}", "application/json", "X-Forwarded-For", "192.0.2.44");
        var cookie = login.header("Set-Cookie").orElseThrow();

        var sessions = api.get("/api/auth/sessions", "Cookie", cookie.substring(0, cookie.indexOf(';')));

        assertThat(sessions.text()).contains("192.0.2.44");
    }
}
