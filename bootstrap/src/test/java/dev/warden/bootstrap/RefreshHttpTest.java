package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(environments = "mutable-clock")
class RefreshHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final Duration REFRESH_TTL = Duration.ofDays(30);

    @Inject
    MutableClock clock;
    @Inject
    Api api;

    @Test
    void refreshAnswersANewPairWithADifferentRefreshToken() {
        var login = login(api.registered("rotate"));

        var reply = api.refresh(login.string("refresh_token"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).containsOnlyKeys("access_token", "refresh_token", "token_type", "expires_in")
                .containsEntry("token_type", "bearer").containsEntry("expires_in", 604800);
        assertThat(reply.string("refresh_token")).isNotBlank().isNotEqualTo(login.string("refresh_token"));
        assertThat(reply.string("access_token")).isNotBlank().isNotEqualTo(login.string("access_token"));
        assertThat(reply.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theRefreshedAccessTokenIdentifiesTheSameUser() {
        var name = api.registered("same");

        var reply = api.refresh(login(name).string("refresh_token"));

        var me = api.me(reply.string("access_token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).containsEntry("username", name);
    }

    @Test
    void aChainOfThreeRotationsKeepsWorking() {
        var name = api.registered("chain");
        var refreshToken = login(name).string("refresh_token");
        var seen = new HashSet<String>(List.of(refreshToken));

        Api.Reply reply = null;
        for (int i = 0; i < 3; i++) {
            reply = api.refresh(refreshToken);
            assertThat(reply.status()).as("rotation %d", i + 1).isEqualTo(200);
            refreshToken = reply.string("refresh_token");
            assertThat(seen.add(refreshToken)).as("rotation %d gives a fresh token", i + 1).isTrue();
        }

        assertThat(api.me(reply.string("access_token")).body()).containsEntry("username", name);
        assertThat(api.refresh(refreshToken).status()).isEqualTo(200);
    }

    @Test
    void aSpentRefreshTokenIs401InvalidRefreshToken() {
        var spent = login(api.registered("spent")).string("refresh_token");
        api.refresh(spent);

        var reply = api.refresh(spent);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).containsEntry("detail", "Invalid refresh token").containsEntry("status_code", 401)
                .doesNotContainKeys("access_token", "refresh_token");
    }

    @Test
    void reusingASpentRefreshTokenRevokesTheWholeFamily() {
        var login = login(api.registered("family"));
        var second = api.refresh(login.string("refresh_token"));
        var third = api.refresh(second.string("refresh_token"));

        var replay = api.refresh(login.string("refresh_token"));

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.detail()).isEqualTo("Invalid refresh token");
        var newest = api.refresh(third.string("refresh_token"));
        assertThat(newest.status()).isEqualTo(401);
        assertThat(newest.detail()).isEqualTo("Invalid refresh token");
        for (var access : List.of(login, second, third)) {
            var me = api.me(access.string("access_token"));
            assertThat(me.status()).isEqualTo(403);
            assertThat(me.detail()).isEqualTo("Invalid token");
        }
    }

    @Test
    void reuseRevokesOnlyTheFamilyOfTheReplayedToken() {
        var name = api.registered("other");
        var stolen = login(name);
        var elsewhere = login(name);
        api.refresh(stolen.string("refresh_token"));

        api.refresh(stolen.string("refresh_token"));

        assertThat(api.me(elsewhere.string("access_token")).status()).isEqualTo(200);
        assertThat(api.refresh(elsewhere.string("refresh_token")).status()).isEqualTo(200);
    }

    @Test
    void aGarbageRefreshTokenIs401InvalidRefreshToken() {
        var reply = api.refresh("not-a-refresh-token");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).containsEntry("detail", "Invalid refresh token").containsEntry("status_code", 401);
    }

    @Test
    void anAccessTokenIsNotARefreshToken() {
        var reply = api.refresh(login(api.registered("swap")).string("access_token"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Invalid refresh token");
    }

    @Test
    void aMissingRefreshTokenIs422() {
        var reply = api.post("/api/auth/refresh", Map.of());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.detail()).isEqualTo("Validation failed");
        assertThat(reply.body()).containsEntry("extra", Map.of("fields", Map.of("refresh_token", List.of("must not be blank"))));
    }

    @Test
    void aRefreshTokenWorksUntilItsThirtyDaysAreOverThenIs401() {
        var name = api.registered("expiry");
        var almost = login(name).string("refresh_token");
        var expired = login(name).string("refresh_token");

        clock.advance(REFRESH_TTL.minusSeconds(1));
        var lastSecond = api.refresh(almost);
        clock.advance(Duration.ofSeconds(2));
        var reply = api.refresh(expired);

        assertThat(lastSecond.status()).isEqualTo(200);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Invalid refresh token");
    }

    private Api.Reply login(String name) {
        var reply = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }
}
