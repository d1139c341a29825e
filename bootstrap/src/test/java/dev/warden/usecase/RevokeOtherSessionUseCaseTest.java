package dev.warden.usecase;

import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.token.TokenDigest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ending another session, never the current one (the Stack-style surface's DELETE /auth/sessions/{id}). */
class RevokeOtherSessionUseCaseTest {
    private static final AuthError CURRENT = new AuthError.CannotRevokeCurrentSession();

    private final Warden warden = new Warden();

    {
        warden.registered("ada");
        warden.registered("grace");
    }

    private UUID familyOf(TokenPair pair) {
        return warden.refreshTokens.findByHash(TokenDigest.of(pair.refreshToken())).orElseThrow().familyId();
    }

    @Test
    void theCurrentTokenFamilyIsRefusedAndLivesOn() {
        var login = warden.loggedIn("ada");

        assertThat(errorOf(() -> warden.manageSessions.revokeOther(warden.callerWith(login), familyOf(login))))
                .isEqualTo(CURRENT);
        assertThat(warden.refreshed(login.refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void itIsTheCurrentOneAlsoWithAnAccessTokenIssuedWithoutRotation() {
        var login = warden.loggedIn("ada");
        var access = warden.refresh.refreshAccess(new RefreshCommand(login.refreshToken()));
        var grant = warden.authenticated(access.token());
        var caller = new dev.warden.application.shared.port.in.Caller(grant.userId(),
                new dev.warden.application.shared.port.in.Caller.AccessTokenCredential(grant.tokenId()));

        assertThat(errorOf(() -> warden.manageSessions.revokeOther(caller, familyOf(login)))).isEqualTo(CURRENT);
    }

    @Test
    void theCurrentCookieSessionIsRefused() {
        var ticket = warden.sessionStarted("ada");
        var caller = warden.callerWith(ticket);
        var sessionId = ((dev.warden.application.shared.port.in.Caller.SessionCredential) caller.credential()).sessionId();

        assertThat(errorOf(() -> warden.manageSessions.revokeOther(caller, sessionId))).isEqualTo(CURRENT);
        assertThat(warden.sessionOf(ticket.secret()).id()).isEqualTo(sessionId);
    }

    @Test
    void anotherSessionOfTheSameUserIsEnded() {
        var phone = warden.loggedIn("ada");
        var laptop = warden.loggedIn("ada");

        warden.manageSessions.revokeOther(warden.callerWith(laptop), familyOf(phone));

        assertThat(errorOf(() -> warden.authenticated(phone.accessToken()))).isEqualTo(new AuthError.InvalidToken());
        assertThat(errorOf(() -> warden.refreshed(phone.refreshToken()))).isEqualTo(new AuthError.InvalidRefreshToken());
        assertThat(warden.authenticated(laptop.accessToken()).userId()).isNotNull();
    }

    @Test
    void anotherUsersOrAnUnknownSessionIsNotFound() {
        var ada = warden.loggedIn("ada");
        var grace = warden.loggedIn("grace");

        assertThat(errorOf(() -> warden.manageSessions.revokeOther(warden.callerWith(ada), familyOf(grace))))
                .isEqualTo(new AuthError.SessionNotFound());
        assertThat(errorOf(() -> warden.manageSessions.revokeOther(warden.callerWith(ada), UUID.randomUUID())))
                .isEqualTo(new AuthError.SessionNotFound());
        assertThat(warden.authenticated(grace.accessToken()).userId()).isNotNull();
    }
}
