package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.testkit.WardenClient.unique;
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
        var pair = login(registered("bye"));

        var reply = logout(pair, Map.of("refresh_token", pair.string("refresh_token")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(Map.of("message", "Successfully logged out"));
    }

    @Test
    void afterLogoutTheAccessTokenIs403InvalidToken() {
        var pair = login(registered("access"));

        logout(pair, Map.of("refresh_token", pair.string("refresh_token")));

        var me = me(pair.string("access_token"));
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.body()).containsEntry("detail", "Invalid token").containsEntry("status_code", 403);
    }

    @Test
    void afterLogoutTheRefreshTokenIs401InvalidRefreshToken() {
        var pair = login(registered("refresh"));

        logout(pair, Map.of("refresh_token", pair.string("refresh_token")));

        var reply = refresh(pair.string("refresh_token"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Invalid refresh token");
    }

    @Test
    void logoutWithoutARefreshTokenStillRevokesTheRefreshTokenOfItsLogin() {
        var pair = login(registered("implied"));

        var reply = logout(pair, Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(refresh(pair.string("refresh_token")).status()).isEqualTo(401);
        assertThat(me(pair.string("access_token")).status()).isEqualTo(403);
    }

    @Test
    void logoutAfterARefreshRevokesTheRotatedPair() {
        var login = login(registered("rotated"));
        var rotated = refresh(login.string("refresh_token"));

        logout(rotated, Map.of());

        assertThat(me(rotated.string("access_token")).status()).isEqualTo(403);
        assertThat(refresh(rotated.string("refresh_token")).status()).isEqualTo(401);
    }

    @Test
    void logoutWithABodylessPostWorks() {
        var pair = login(registered("nobody"));

        var reply = api.send("POST", "/api/auth/logout", null, null, "Authorization", bearer(pair.string("access_token")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(Map.of("message", "Successfully logged out"));
        assertThat(me(pair.string("access_token")).status()).isEqualTo(403);
    }

    @Test
    void otherLoginsOfTheSameUserKeepWorking() {
        var name = registered("multi");
        var laptop = login(name);
        var phone = login(name);

        logout(laptop, Map.of("refresh_token", laptop.string("refresh_token")));

        var me = me(phone.string("access_token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).containsEntry("username", name);
        assertThat(refresh(phone.string("refresh_token")).status()).isEqualTo(200);
    }

    @Test
    void theUserCanLogInAgainAfterLogout() {
        var name = registered("again");
        logout(login(name), Map.of());

        var pair = login(name);

        assertThat(me(pair.string("access_token")).status()).isEqualTo(200);
    }

    @Test
    void logoutIgnoresAnotherUsersRefreshToken() {
        var victim = login(registered("victim"));
        var attacker = login(registered("attacker"));

        var reply = logout(attacker, Map.of("refresh_token", victim.string("refresh_token")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(refresh(victim.string("refresh_token")).status()).isEqualTo(200);
    }

    @Test
    void logoutWithoutCredentialsIs401AuthenticationRequired() {
        var reply = api.post("/api/auth/logout", Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).containsEntry("detail", "Authentication required").containsEntry("status_code", 401);
    }

    @Test
    void aSecondLogoutWithTheSameTokenIs403InvalidToken() {
        var pair = login(registered("twice"));
        logout(pair, Map.of());

        var reply = logout(pair, Map.of());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo("Invalid token");
    }

    private Api.Reply logout(Api.Reply pair, Map<String, Object> body) {
        return api.post("/api/auth/logout", body, "Authorization", bearer(pair.string("access_token")));
    }

    private Api.Reply refresh(String refreshToken) {
        return api.post("/api/auth/refresh", Map.of("refresh_token", refreshToken));
    }

    private Api.Reply me(String accessToken) {
        return api.get("/api/auth/me", "Authorization", bearer(accessToken));
    }

    private String registered(String prefix) {
        return api.kit().register(unique(prefix)).username();
    }

    private Api.Reply login(String name) {
        var reply = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }
}
