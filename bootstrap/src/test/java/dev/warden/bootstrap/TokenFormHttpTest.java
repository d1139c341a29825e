package dev.warden.bootstrap;

import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/auth/token: the OAuth2 password-grant form of seed 003. */
@MicronautTest
class TokenFormHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    Api api;
    private String name;

    @BeforeEach
    void register() {
        name = api.kit().register(unique("form")).username();
    }

    private Api.Reply post(Map<String, String> fields) {
        var body = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.send("POST", "/api/auth/token", body, FORM);
    }

    @Test
    void theFormAnswersATokenPairThatWorks() {
        var reply = post(Map.of("username", name, "password", PASSWORD, "grant_type", "password", "scope", ""));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).containsEntry("token_type", "bearer").containsEntry("expires_in", 604800)
                .containsKeys("access_token", "refresh_token");
        assertThat(reply.header("Cache-Control")).contains("no-store");
        assertThat(api.get("/api/auth/me", "Authorization", Api.bearer(reply.string("access_token"))).string("username"))
                .isEqualTo(name);
    }

    @Test
    void theGrantTypeMayBeLeftOut() {
        assertThat(post(Map.of("username", name, "password", PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIs401InvalidCredentials() {
        var reply = post(Map.of("username", name, "password", "wrong-" + PASSWORD));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Invalid credentials");
    }

    @Test
    void missingFieldsAndOtherGrantTypesAre422() {
        var missing = post(Map.of("username", name));
        var otherGrant = post(Map.of("username", name, "password", PASSWORD, "grant_type", "client_credentials"));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text()).contains("password");
        assertThat(otherGrant.status()).isEqualTo(422);
        assertThat(otherGrant.text()).contains("grant_type");
    }

    @Test
    void aJsonBodyIsNotTheForm() {
        var reply = api.post("/api/auth/token", Map.of("username", name, "password", PASSWORD));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.detail()).isEqualTo("Unsupported media type");
    }
}
