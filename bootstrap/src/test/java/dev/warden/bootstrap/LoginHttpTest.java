package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class LoginHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it

    @Inject
    Api api;

    @Test
    void loginByUsernameAnswersABearerTokenPair() {
        var name = api.registered("login");

        var reply = login(name, PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).containsOnlyKeys("access_token", "refresh_token", "token_type", "expires_in")
                .containsEntry("token_type", "bearer").containsEntry("expires_in", 604800);
        assertThat(reply.string("access_token")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(reply.string("refresh_token")).isNotBlank().isNotEqualTo(reply.string("access_token"));
        assertThat(reply.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theAccessTokenOfALoginIdentifiesTheUser() {
        var name = api.registered("who");

        var token = login(name, PASSWORD).string("access_token");

        var me = api.get("/api/auth/me", "Authorization", bearer(token));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).containsEntry("username", name);
    }

    @Test
    void loginByUsernameIgnoresCase() {
        var name = api.registered("upper");

        var reply = login(name.toUpperCase(), PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.string("access_token")).isNotBlank();
    }

    @Test
    void loginByEmailInAnyCaseWorks() {
        var name = api.registered("email");

        var lower = login(name + "@example.com", PASSWORD);
        var upper = login(name.toUpperCase() + "@EXAMPLE.COM", PASSWORD);

        assertThat(lower.status()).isEqualTo(200);
        assertThat(upper.status()).isEqualTo(200);
        var me = api.get("/api/auth/me", "Authorization", bearer(upper.string("access_token")));
        assertThat(me.body()).containsEntry("username", name);
    }

    @Test
    void noUsernameCanShadowAnotherAccountsEmail() {
        var victim = api.registered("victim");
        var squatter = api.post("/api/auth/register", Map.of("username", victim + "@example.com",
                "email", unique("squat") + "@example.com", "password", "Squatter-Pass-123"));

        var reply = login(victim + "@example.com", PASSWORD);

        assertThat(squatter.status()).isEqualTo(422);
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void eachLoginIssuesANewPair() {
        var name = api.registered("twice");

        var first = login(name, PASSWORD);
        var second = login(name, PASSWORD);

        assertThat(second.string("access_token")).isNotEqualTo(first.string("access_token"));
        assertThat(second.string("refresh_token")).isNotEqualTo(first.string("refresh_token"));
    }

    @Test
    void aWrongPasswordIs401InvalidCredentials() {
        var name = api.registered("wrong");

        var reply = login(name, "Not-The-Password-1");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).containsEntry("detail", "Invalid credentials").containsEntry("status_code", 401)
                .containsEntry("extra", Map.of());
        assertThat(reply.body()).doesNotContainKeys("access_token", "refresh_token");
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        var name = api.registered("known");

        var wrongPassword = login(name, "Not-The-Password-1");
        var unknownUser = login(unique("ghost"), "Not-The-Password-1");

        assertThat(unknownUser.status()).isEqualTo(401).isEqualTo(wrongPassword.status());
        // the same body but for the id of each request (extra.request_id, checked by Api against X-Request-Id)
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(unknownUser.text().replace(unknownUser.header("X-Request-Id").orElseThrow(), ""))
                .isEqualTo(wrongPassword.text().replace(wrongPassword.header("X-Request-Id").orElseThrow(), ""));
        assertThat(unknownUser.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
        assertThat(unknownUser.detail()).isEqualTo("Invalid credentials");
    }

    @Test
    void thePasswordIsCaseSensitive() {
        var name = api.registered("pcase");

        var reply = login(name, PASSWORD.toUpperCase());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Invalid credentials");
    }

    @Test
    void anEmptyBodyIs422NamingBothFields() {
        var reply = api.post("/api/auth/login", Map.of());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.detail()).isEqualTo("Validation failed");
        assertThat(fields(reply)).containsOnlyKeys("username", "password")
                .containsEntry("username", List.of("must not be blank"))
                .containsEntry("password", List.of("must not be blank"));
    }

    @Test
    void aMissingPasswordIs422NamingThePassword() {
        var reply = api.post("/api/auth/login", Map.of("username", api.registered("nopass")));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("password");
    }

    @Test
    void aMissingUsernameIs422NamingTheUsername() {
        var reply = api.post("/api/auth/login", Map.of("password", PASSWORD));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsOnlyKeys("username");
    }

    @Test
    void loginRecordsLastLogin() {
        var name = api.registered("last");
        var before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var token = login(name, PASSWORD).string("access_token");

        var me = api.get("/api/auth/me", "Authorization", bearer(token));
        assertThat(me.string("last_login")).isNotNull();
        assertThat(Instant.parse(me.string("last_login"))).isBetween(before, Instant.now());
    }

    private Api.Reply login(String username, String password) {
        return api.post("/api/auth/login", Map.of("username", username, "password", password));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Api.Reply reply) {
        return (Map<String, Object>) ((Map<String, Object>) reply.body().get("extra")).get("fields");
    }
}
