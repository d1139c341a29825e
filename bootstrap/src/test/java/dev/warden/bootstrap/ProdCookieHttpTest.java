package dev.warden.bootstrap;

import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** In the prod environment the session cookie is Secure without any further setting. */
class ProdCookieHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it

    @Test
    void theSessionCookieIsSecureInProduction() {
        var settings = Map.<String, Object>of(
                "datasources.default.url", "jdbc:h2:mem:prod-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "auth.public-url", "https://auth.example.org");
        try (var server = ApplicationContext.run(EmbeddedServer.class, settings, "test", "prod")) {
            var api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            var name = api.kit().register(unique("prod")).username();

            var login = api.post("/api/auth/session/login", Map.of("username", name, "password", PASSWORD));

            assertThat(login.status()).isEqualTo(200);
            assertThat(SetCookie.sessionCookieOf(login).has("secure")).isTrue();
        }
    }
}
