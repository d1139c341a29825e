package dev.warden.usecase;

import static dev.warden.usecase.Warden.T0;
import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.token.port.in.AuthenticateCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateUseCaseTest {
    private static final AuthError INVALID_TOKEN = new AuthError.InvalidToken();

    private final Warden warden = new Warden();
    private final User ada = warden.registered("ada");

    private AuthError authenticating(String accessToken) {
        return errorOf(() -> warden.authenticated(accessToken));
    }

    @Test
    void freshAccessTokenGrantsSevenDaysToItsUser() {
        var grant = warden.authenticated(warden.loggedIn("ada").accessToken());

        assertThat(grant.userId()).isEqualTo(ada.id());
        assertThat(grant.issuedAt()).isEqualTo(T0);
        assertThat(grant.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
        assertThat(grant.tokenId()).isNotBlank();
    }

    @Test
    void accessTokenWorksUntilJustBeforeSevenDays() {
        var login = warden.loggedIn("ada");
        warden.clock.advance(Duration.ofDays(7).minusSeconds(1));

        assertThat(warden.authenticated(login.accessToken()).userId()).isEqualTo(ada.id());
    }

    @Test
    void accessTokenExpiresAfterSevenDaysAndSaysSo() {
        var login = warden.loggedIn("ada");
        warden.clock.advance(Duration.ofDays(7));

        assertThat(authenticating(login.accessToken())).isEqualTo(new AuthError.InvalidToken(true));
    }

    @Test
    void aLiveButRevokedTokenIsInvalidNotExpired() {
        var login = warden.loggedIn("ada");
        warden.logOut(login, java.util.Optional.empty());

        assertThat(authenticating(login.accessToken())).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void tamperedOrForeignTokensAreRefused() {
        var login = warden.loggedIn("ada");

        assertThat(authenticating(login.accessToken() + "x")).isEqualTo(INVALID_TOKEN);
        assertThat(authenticating("mem.forged")).isEqualTo(INVALID_TOKEN);
        assertThat(authenticating(login.refreshToken())).isEqualTo(INVALID_TOKEN);
        assertThat(warden.authenticated(login.accessToken()).userId()).isEqualTo(ada.id());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void missingTokenIsInvalid(String token) {
        assertThat(errorOf(() -> new AuthenticateCommand(token))).isEqualTo(INVALID_TOKEN);
    }
}
