package dev.warden.usecase;

import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.session.port.in.SessionEntry;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.token.port.in.AccessToken;
import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A refresh that keeps the refresh token (the Stack-style surface): new access tokens, the family unchanged. */
class RefreshAccessUseCaseTest {
    private static final AuthError INVALID_REFRESH_TOKEN = new AuthError.InvalidRefreshToken();
    private static final AuthError INVALID_TOKEN = new AuthError.InvalidToken();

    private final Warden warden = new Warden();
    private final User ada = warden.registered("ada");

    private AccessToken refreshedAccess(String refreshToken) {
        return warden.refresh.refreshAccess(new RefreshCommand(refreshToken));
    }

    private AuthError refreshingAccess(String refreshToken) {
        return errorOf(() -> refreshedAccess(refreshToken));
    }

    private AuthError authenticating(String accessToken) {
        return errorOf(() -> warden.authenticated(accessToken));
    }

    private Caller callerWith(AccessToken access) {
        var grant = warden.authenticated(access.token());
        return new Caller(grant.userId(), new Caller.AccessTokenCredential(grant.tokenId()));
    }

    private UUID familyOf(TokenPair pair) {
        return warden.refreshTokens.findByHash(TokenDigest.of(pair.refreshToken())).orElseThrow().familyId();
    }

    @Test
    void theSameRefreshTokenGivesNewAccessTokensAgainAndAgain() {
        var login = warden.loggedIn("ada");

        var first = refreshedAccess(login.refreshToken());
        var second = refreshedAccess(login.refreshToken());

        assertThat(first.token()).isNotEqualTo(second.token()).isNotEqualTo(login.accessToken());
        assertThat(first.lifetime()).isEqualTo(Duration.ofDays(7));
        assertThat(warden.authenticated(first.token()).userId()).isEqualTo(ada.id());
        assertThat(warden.authenticated(second.token()).userId()).isEqualTo(ada.id());
        assertThat(warden.authenticated(login.accessToken()).userId()).as("the earlier access token lives on")
                .isEqualTo(ada.id());
    }

    @Test
    void theRefreshTokenIsNotSpentAndStillRotatesOnTheOrdinaryRefresh() {
        var login = warden.loggedIn("ada");
        refreshedAccess(login.refreshToken());

        var rotated = warden.refreshed(login.refreshToken());

        assertThat(warden.authenticated(rotated.accessToken()).userId()).isEqualTo(ada.id());
    }

    @Test
    void theNewAccessTokenIsOfTheSameSessionWhichIsListedOnce() {
        var login = warden.loggedIn("ada");
        var access = refreshedAccess(login.refreshToken());

        var listed = warden.manageSessions.list(callerWith(access));

        assertThat(listed).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(familyOf(login));
            assertThat(entry.kind()).isEqualTo(SessionEntry.Kind.REFRESH_TOKEN);
            assertThat(entry.current()).isTrue();
        });
    }

    @Test
    void loggingOutEndsTheAccessTokensIssuedWithoutRotation() {
        var login = warden.loggedIn("ada");
        var access = refreshedAccess(login.refreshToken());

        warden.logOut(login, Optional.of(login.refreshToken()));

        assertThat(authenticating(access.token())).isEqualTo(INVALID_TOKEN);
        assertThat(refreshingAccess(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
    }

    @Test
    void revokingTheSessionElsewhereEndsThem() {
        var login = warden.loggedIn("ada");
        var access = refreshedAccess(login.refreshToken());
        var laptop = warden.loggedIn("ada");

        warden.manageSessions.revoke(warden.callerWith(laptop), familyOf(login));

        assertThat(authenticating(access.token())).isEqualTo(INVALID_TOKEN);
        assertThat(refreshingAccess(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
    }

    @Test
    void aRefreshTokenRotatedAwayIsDeadHereTooAndPresentingItRevokesTheFamily() {
        var login = warden.loggedIn("ada");
        var rotated = warden.refreshed(login.refreshToken());

        assertThat(refreshingAccess(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);

        assertThat(authenticating(rotated.accessToken())).isEqualTo(INVALID_TOKEN);
        assertThat(errorOf(() -> warden.refreshed(rotated.refreshToken()))).isEqualTo(INVALID_REFRESH_TOKEN);
    }

    @Test
    void aReplayOnTheOrdinaryRefreshAlsoEndsTheAccessTokensIssuedWithoutRotation() {
        var login = warden.loggedIn("ada");
        var access = refreshedAccess(login.refreshToken());
        warden.refreshed(login.refreshToken());

        errorOf(() -> warden.refreshed(login.refreshToken()));

        assertThat(authenticating(access.token())).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void anExpiredUnknownOrBlankRefreshTokenIsRefused() {
        var login = warden.loggedIn("ada");
        warden.clock.advance(Duration.ofDays(30));

        assertThat(refreshingAccess(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(refreshingAccess("not-a-refresh-token")).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(refreshingAccess(" ")).isInstanceOf(AuthError.InvalidInput.class);
    }

    @Test
    void aDeactivatedAccountGetsNoAccessTokenAndLosesTheFamily() {
        var login = warden.loggedIn("ada");
        warden.setActive(ada.id(), false);

        assertThat(refreshingAccess(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);

        warden.setActive(ada.id(), true);
        assertThat(refreshingAccess(login.refreshToken())).isEqualTo(INVALID_REFRESH_TOKEN);
    }
}
