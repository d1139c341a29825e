package dev.warden.usecase;

import static dev.warden.usecase.Warden.errorOf;
import static dev.warden.usecase.Wording.worded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefreshUseCaseTest {
    private static final AuthError INVALID_REFRESH_TOKEN = new AuthError.InvalidRefreshToken();
    private static final AuthError INVALID_TOKEN = new AuthError.InvalidToken();

    private final Warden warden = new Warden();
    private final User ada = warden.registered("ada");

    private AuthError refreshing(String refreshToken) {
        return errorOf(() -> warden.refreshed(refreshToken));
    }

    private AuthError authenticating(String accessToken) {
        return errorOf(() -> warden.authenticated(accessToken));
    }

    @Test
    void refreshRotatesThePairAndSpendsTheOldRefreshToken() {
        var login = warden.loggedIn("ada");

        var next = warden.refreshed(login.refreshToken());

        assertThat(next.refreshToken()).isNotEqualTo(login.refreshToken());
        assertThat(next.accessToken()).isNotEqualTo(login.accessToken());
        assertThat(next.accessTokenLifetime()).isEqualTo(Duration.ofDays(7));
        assertThat(warden.authenticated(next.accessToken()).userId()).isEqualTo(ada.id());
        assertThat(warden.refreshed(next.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void aFamilyRotatedEveryTwoWeeksEndsNinetyDaysAfterItsLogin() {
        var refreshToken = warden.loggedIn("ada").refreshToken();
        for (int days = 14; days < 90; days += 14) {
            warden.clock.advance(Duration.ofDays(14));
            refreshToken = warden.refreshed(refreshToken).refreshToken();
        }

        warden.clock.advance(Duration.ofDays(6));

        assertThat(refreshing(refreshToken)).isEqualTo(INVALID_REFRESH_TOKEN);
    }

    @Test
    void refreshTokenUsedTwiceIsRefused() {
        var login = warden.loggedIn("ada");
        warden.refreshed(login.refreshToken());

        assertThat(refreshing(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
    }

    @Test
    void refreshTokenUsedTwiceRevokesFamily() {
        var login = warden.loggedIn("ada");
        var second = warden.refreshed(login.refreshToken());
        var third = warden.refreshed(second.refreshToken());

        assertThat(refreshing(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);

        assertThat(refreshing(third.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(authenticating(login.accessToken())).isEqualTo(INVALID_TOKEN);
        assertThat(authenticating(second.accessToken())).isEqualTo(INVALID_TOKEN);
        assertThat(authenticating(third.accessToken())).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void replayInOneFamilyLeavesOtherLoginsAlone() {
        var stolen = warden.loggedIn("ada");
        var laptop = warden.loggedIn("ada");
        warden.refreshed(stolen.refreshToken());

        refreshing(stolen.refreshToken());

        assertThat(warden.authenticated(laptop.accessToken()).userId()).isEqualTo(ada.id());
        assertThat(warden.refreshed(laptop.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void refreshTokenWorksUntilJustBeforeThirtyDays() {
        var login = warden.loggedIn("ada");
        warden.clock.advance(Duration.ofDays(30).minusSeconds(1));

        var next = warden.refreshed(login.refreshToken());

        assertThat(warden.authenticated(next.accessToken()).userId()).isEqualTo(ada.id());
    }

    @Test
    void refreshTokenExpiresAfterThirtyDays() {
        var login = warden.loggedIn("ada");
        warden.clock.advance(Duration.ofDays(30));

        assertThat(refreshing(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
    }

    @Test
    void eachRotationGrantsAFreshThirtyDays() {
        var login = warden.loggedIn("ada");
        warden.clock.advance(Duration.ofDays(20));
        var next = warden.refreshed(login.refreshToken());
        warden.clock.advance(Duration.ofDays(20));

        assertThat(warden.refreshed(next.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void unknownTokensAreRefused() {
        var login = warden.loggedIn("ada");

        assertThat(refreshing("not-a-refresh-token")).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(refreshing(login.refreshToken() + "x")).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(refreshing(login.accessToken())).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(warden.refreshed(login.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void blankTokenIsInvalidInput() {
        assertThat(worded(errorOf(() -> new RefreshCommand(" "))))
                .isEqualTo(AuthError.InvalidInput.of("refresh_token", "must not be blank"));
    }

    @Test
    void deactivatedUserCannotRefresh() {
        var login = warden.loggedIn("ada");
        warden.setActive(ada.id(), false);

        assertThat(refreshing(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
    }

    @Test
    void refreshTokenRevokedAtDeactivationStaysDeadAfterReactivation() {
        var login = warden.loggedIn("ada");
        warden.setActive(ada.id(), false);
        refreshing(login.refreshToken());
        warden.setActive(ada.id(), true);

        assertThat(refreshing(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(authenticating(login.accessToken())).isEqualTo(INVALID_TOKEN);
    }
}
