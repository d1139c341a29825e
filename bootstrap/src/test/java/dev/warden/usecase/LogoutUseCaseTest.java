package dev.warden.usecase;

import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.token.port.in.LogoutCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogoutUseCaseTest {
    private static final AuthError INVALID_REFRESH_TOKEN = new AuthError.InvalidRefreshToken();
    private static final AuthError INVALID_TOKEN = new AuthError.InvalidToken();

    private final Warden warden = new Warden();
    private final User ada = warden.registered("ada");
    private final User grace = warden.registered("grace");

    private AuthError refreshing(String refreshToken) {
        return errorOf(() -> warden.refreshed(refreshToken));
    }

    private AuthError authenticating(String accessToken) {
        return errorOf(() -> warden.authenticated(accessToken));
    }

    @Test
    void accessTokenIsRefusedAfterLogout() {
        var login = warden.loggedIn("ada");

        warden.logOut(login, Optional.empty());

        assertThat(authenticating(login.accessToken())).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void refreshTokenOfThePairIsRefusedAfterLogout() {
        var login = warden.loggedIn("ada");

        warden.logOut(login, Optional.empty());

        assertThat(refreshing(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
    }

    @Test
    void logoutAfterARotationEndsTheWholeFamily() {
        var login = warden.loggedIn("ada");
        var rotated = warden.refreshed(login.refreshToken());

        warden.logOut(rotated, Optional.empty());

        assertThat(authenticating(rotated.accessToken())).isEqualTo(INVALID_TOKEN);
        assertThat(refreshing(rotated.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(authenticating(login.accessToken())).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void anotherLoginOfTheSameUserIsUnaffected() {
        var phone = warden.loggedIn("ada");
        var laptop = warden.loggedIn("ada");

        warden.logOut(phone, Optional.empty());

        assertThat(warden.authenticated(laptop.accessToken()).userId()).isEqualTo(ada.id());
        assertThat(warden.authenticated(warden.refreshed(laptop.refreshToken()).accessToken()).userId())
                .isEqualTo(ada.id());
    }

    @Test
    void ownRefreshTokenNamedInTheBodyIsRevokedToo() {
        var phone = warden.loggedIn("ada");
        var laptop = warden.loggedIn("ada");

        warden.logOut(phone, Optional.of(laptop.refreshToken()));

        assertThat(refreshing(laptop.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(authenticating(laptop.accessToken())).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void refreshTokenOfAnotherUserInTheBodyIsIgnored() {
        var adaLogin = warden.loggedIn("ada");
        var graceLogin = warden.loggedIn("grace");

        warden.logOut(adaLogin, Optional.of(graceLogin.refreshToken()));

        assertThat(authenticating(adaLogin.accessToken())).isEqualTo(INVALID_TOKEN);
        assertThat(warden.authenticated(graceLogin.accessToken()).userId()).isEqualTo(grace.id());
        assertThat(warden.authenticated(warden.refreshed(graceLogin.refreshToken()).accessToken()).userId())
                .isEqualTo(grace.id());
    }

    @Test
    void unknownOrBlankRefreshTokenInTheBodyStillLogsOut() {
        var first = warden.loggedIn("ada");
        var second = warden.loggedIn("ada");

        warden.logOut(first, Optional.of("not-a-refresh-token"));
        warden.logOut(second, Optional.of("  "));

        assertThat(authenticating(first.accessToken())).isEqualTo(INVALID_TOKEN);
        assertThat(refreshing(second.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
    }

    @Test
    void aRevocationNotMadeSureEverywhereIsReportedAfterEveryStepWasTaken() {
        var phone = warden.loggedIn("ada");
        var rotated = warden.refreshed(phone.refreshToken()); // a family of two, the first access token still alive
        var laptop = warden.loggedIn("ada");
        var caller = warden.authenticated(rotated.accessToken());
        warden.revokedAccessTokens.unsure = true; // e.g. Redis cannot be reached from this instance

        var thrown = catchThrowable(() -> warden.logout.logout(
                new LogoutCommand(caller, Optional.of(laptop.refreshToken()))));

        assertThat(thrown).as("not answered as done").isInstanceOf(BackingServiceUnavailable.class);
        warden.revokedAccessTokens.unsure = false;
        assertThat(authenticating(rotated.accessToken())).isEqualTo(INVALID_TOKEN);
        assertThat(authenticating(phone.accessToken())).as("the rest of the family").isEqualTo(INVALID_TOKEN);
        assertThat(refreshing(rotated.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(authenticating(laptop.accessToken())).as("the family named in the body").isEqualTo(INVALID_TOKEN);
        assertThat(refreshing(laptop.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
    }
}
