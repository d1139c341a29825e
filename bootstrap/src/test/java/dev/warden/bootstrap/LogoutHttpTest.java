package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class LogoutHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it

    @Inject
    Api api;

    @Test
    void logoutAnswersSuccessfullyLoggedOut() {
        var pair = login(api.registered("bye"));

        var reply = logout(pair, Map.of("refresh_token", pair.string("refresh_token")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(Map.of("message", "Successfully logged out"));
    }

    @Test
    void afterLogoutTheAccessTokenIs403InvalidToken() {
        var pair = login(api.registered("access"));

        logout(pair, Map.of("refresh_token", pair.string("refresh_token")));

        var me = api.me(pair.string("access_token"));
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.body()).containsEntry("detail", "Invalid token").containsEntry("status_code", 403);
    }

    @Test
    void afterLogoutTheRefreshTokenIs401InvalidRefreshToken() {
        var pair = login(api.registered("refresh"));

        logout(pair, Map.of("refresh_token", pair.string("refresh_token")));

        var reply = api.refresh(pair.string("refresh_token"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Invalid refresh token");
    }

    @Test
    void logoutWithoutARefreshTokenStillRevokesTheRefreshTokenOfItsLogin() {
        var pair = login(api.registered("implied"));

        var reply = logout(pair, Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.refresh(pair.string("refresh_token")).status()).isEqualTo(401);
        assertThat(api.me(pair.string("access_token")).status()).isEqualTo(403);
    }

    @Test
    void logoutAfterARefreshRevokesTheRotatedPair() {
        var login = login(api.registered("rotated"));
        var rotated = api.refresh(login.string("refresh_token"));

        logout(rotated, Map.of());

        assertThat(api.me(rotated.string("access_token")).status()).isEqualTo(403);
        assertThat(api.refresh(rotated.string("refresh_token")).status()).isEqualTo(401);
    }

    @Test
    void logoutWithABodylessPostWorks() {
        var pair = login(api.registered("nobody"));

        var reply = api.send("POST", "/api/auth/logout", null, null, "Authorization", bearer(pair.string("access_token")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(Map.of("message", "Successfully logged out"));
        assertThat(api.me(pair.string("access_token")).status()).isEqualTo(403);
    }

    @Test
    void otherLoginsOfTheSameUserKeepWorking() {
        var name = api.registered("multi");
        var laptop = login(name);
        var phone = login(name);

        logout(laptop, Map.of("refresh_token", laptop.string("refresh_token")));

        var me = api.me(phone.string("access_token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).containsEntry("username", name);
        assertThat(api.refresh(phone.string("refresh_token")).status()).isEqualTo(200);
    }

    @Test
    void theUserCanLogInAgainAfterLogout() {
        var name = api.registered("again");
        logout(login(name), Map.of());

        var pair = login(name);

        assertThat(api.me(pair.string("access_token")).status()).isEqualTo(200);
    }

    @Test
    void logoutIgnoresAnotherUsersRefreshToken() {
        var victim = login(api.registered("victim"));
        var attacker = login(api.registered("attacker"));

        var reply = logout(attacker, Map.of("refresh_token", victim.string("refresh_token")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.refresh(victim.string("refresh_token")).status()).isEqualTo(200);
    }

    @Test
    void logoutWithoutCredentialsIs401AuthenticationRequired() {
        var reply = api.post("/api/auth/logout", Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).containsEntry("detail", "Authentication required").containsEntry("status_code", 401);
    }

    @Test
    void aSecondLogoutWithTheSameTokenIs403InvalidToken() {
        var pair = login(api.registered("twice"));
        logout(pair, Map.of());

        var reply = logout(pair, Map.of());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo("Invalid token");
    }

    private Api.Reply logout(Api.Reply pair, Map<String, Object> body) {
        return api.post("/api/auth/logout", body, "Authorization", bearer(pair.string("access_token")));
    }

    private Api.Reply login(String name) {
        var reply = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }
}
