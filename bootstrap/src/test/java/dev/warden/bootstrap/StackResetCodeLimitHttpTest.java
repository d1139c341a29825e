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
 * Stack's reset-code requests count per client address in the bucket of {@code /api/auth/forgot-password}
 * ({@code AUTH_RATE_LIMITS_FORGOT_PASSWORD}), which the 429 step of the Stack SDK check relies on.
 */
class StackResetCodeLimitHttpTest {
    private static final String CALLBACK = "http://localhost:8080/handler/password-reset";

    private EmbeddedServer server;
    private Api api;

    @BeforeEach
    void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("auth.rate-limits.forgot-password", "2/10m"),
                "test", "mutable-clock");
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterEach
    void stop() {
        server.getApplicationContext().close();
    }

    private static String email() {
        return "rc" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private Api.Reply sendResetCode() {
        return api.post("/api/v1/auth/password/send-reset-code", Map.of("email", email(), "callback_url", CALLBACK));
    }

    private static void assertLimited(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).hasValue("600");
    }

    @Test
    void resetCodeRequestsPastTheLimitAre429WithRetryAfter() {
        assertThat(sendResetCode().status()).isEqualTo(200);
        assertThat(sendResetCode().status()).isEqualTo(200);

        assertLimited(sendResetCode());
    }

    @Test
    void theyCountWithTheContractsForgotPasswordRequests() {
        assertThat(api.post("/api/auth/forgot-password", Map.of("email", email())).status()).isEqualTo(200);
        assertThat(sendResetCode().status()).isEqualTo(200);

        assertLimited(api.post("/api/auth/forgot-password", Map.of("email", email())));
        assertLimited(sendResetCode());
    }
}
