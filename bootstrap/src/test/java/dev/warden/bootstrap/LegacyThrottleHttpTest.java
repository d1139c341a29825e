package dev.warden.bootstrap;

import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The legacy endpoints share the login throttle and have a per-address limit; refusals use the contract's format. */
class LegacyThrottleHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";

    private EmbeddedServer server;
    private Api api;

    private void start(Map<String, Object> properties) {
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    private String registered() {
        return api.kit().register(unique("lt")).username();
    }

    private Api.Reply legacyLogin(String username, String password) {
        return api.send("POST", "/auth/login", "username=" + username + "&password=" + password, FORM);
    }

    @Test
    void legacyLoginFailuresLockTheAccountForEveryWayIn() {
        start(Map.of());
        var name = registered();
        for (int i = 0; i < 5; i++) {
            var failed = legacyLogin(name, "Wr0ng-" + i);
            assertThat(failed.status()).isEqualTo(200);
            assertThat(failed.body()).containsEntry("success", false);
        }

        var locked = legacyLogin(name, PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.detail()).isEqualTo("Too many failed login attempts");
        assertThat(locked.header("Retry-After")).isPresent();
        assertThat(api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD)).status())
                .isEqualTo(429);
    }

    @Test
    void theLegacyEndpointsShareAPerAddressLimit() {
        start(Map.of("auth.rate-limits.legacy", "3/1m"));
        api.send("POST", "/auth/signup", "username=admin", FORM);
        legacyLogin("nobody", "x");
        api.send("POST", "/auth/logout", "", FORM);

        var refused = legacyLogin("nobody", "x");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo(Map.of("detail", "Too many requests", "status_code", 429,
                "extra", Map.of("retry_after", 60)));
    }
}
