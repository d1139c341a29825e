package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-address limits cover the Stack-style surface like their {@code /api/auth} counterparts, in the same buckets,
 * and answer there in Stack's format.
 */
class StackRateLimitHttpTest {
    private static final String PASSWORD = "secure_password_123";

    private EmbeddedServer server;
    private Api api;

    @BeforeEach
    void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "auth.rate-limits.register", "2/10m",
                "auth.rate-limits.login", "3/1m",
                "auth.rate-limits.send-verification", "1/10m"), "test", "mutable-clock");
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterEach
    void stop() {
        server.getApplicationContext().close();
    }

    private static String email() {
        return "lim" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static void assertTooMany(Api.Reply reply, int retryAfter) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(429);
        assertThat(reply.body()).isEqualTo(Map.of("code", "TooManyRequests", "error", "Too many requests",
                "details", Map.of("retry_after", retryAfter)));
        assertThat(reply.header("x-stack-known-error")).hasValue("TooManyRequests");
        assertThat(reply.header("Retry-After")).hasValue(Integer.toString(retryAfter));
    }

    @Test
    void signInsCountWithTheContractsLoginsAndThePastLimitOneIsStackFormatted() {
        var login = Map.of("username", "nobody", "password", PASSWORD);
        assertThat(api.post("/api/auth/login", login).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/password/sign-in", Map.of("email", email(), "password", PASSWORD))
                .status()).isEqualTo(400);
        assertThat(api.post("/api/v1/auth/otp/sign-in", Map.of("code", "123456nonce")).status()).isEqualTo(403);

        assertTooMany(api.post("/api/v1/auth/password/sign-in", Map.of("email", email(), "password", PASSWORD)), 60);
        var contract = api.post("/api/auth/login", login);
        assertThat(contract.body()).containsEntry("detail", "Too many requests");
    }

    @Test
    void signUpsCountAsRegistrations() {
        var body = Map.of("email", email(), "password", PASSWORD);
        assertThat(api.post("/api/v1/auth/password/sign-up", body).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/password/sign-up", Map.of("email", email(), "password", PASSWORD))
                .status()).isEqualTo(200);

        assertTooMany(api.post("/api/v1/auth/password/sign-up", Map.of("email", email(), "password", PASSWORD)), 600);
    }

    @Test
    void sendingCodesCountsAsSendingVerifications() {
        var body = Map.of("email", email(), "callback_url", "http://localhost:8080/verify-otp");
        assertThat(api.post("/api/v1/auth/otp/send-sign-in-code", body).status()).isEqualTo(200);

        assertTooMany(api.post("/api/v1/auth/otp/send-sign-in-code", body), 600);
    }
}
