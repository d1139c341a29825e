package dev.warden.usecase;

import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.account.port.in.CurrentUserCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CurrentUserUseCaseTest {
    private final Warden warden = new Warden();
    private final User ada = warden.registered("ada");

    @Test
    void callerSeesTheirOwnAccountAsStored() {
        var grant = warden.authenticated(warden.loggedIn("ada").accessToken());

        var me = warden.currentUser.currentUser(new CurrentUserCommand(grant.userId()));

        assertThat(me.id()).isEqualTo(ada.id());
        assertThat(me.username().value()).isEqualTo("ada");
        assertThat(me.email().value()).isEqualTo("ada@example.com");
        assertThat(me.lastLogin()).contains(Warden.T0);
        assertThat(me).isEqualTo(warden.stored(ada.id()));
    }

    @Test
    void aSessionCallerGetsTheAccountItsCheckReadAndASnapshotOfSomeoneElseIsIgnored() {
        var session = warden.sessionLogin.startSession(new dev.warden.application.login.port.in.LoginCommand("ada", Warden.PASSWORD));
        var caller = warden.authenticateSession.authenticateCaller(
                new dev.warden.application.session.port.in.SessionSecretCommand(session.secret()));
        assertThat(caller.account()).contains(warden.stored(ada.id()));

        assertThat(warden.currentUser.currentUser(CurrentUserCommand.of(caller))).isEqualTo(warden.stored(ada.id()));

        var grace = warden.registered("grace");
        var mismatched = new CurrentUserCommand(ada.id(), java.util.Optional.of(grace));
        assertThat(warden.currentUser.currentUser(mismatched).id()).isEqualTo(ada.id());
    }

    @Test
    void deactivatedCallerMustAuthenticateAgain() {
        var grant = warden.authenticated(warden.loggedIn("ada").accessToken());
        warden.setActive(ada.id(), false);

        assertThat(errorOf(() -> warden.currentUser.currentUser(new CurrentUserCommand(grant.userId()))))
                .isEqualTo(new AuthError.AuthenticationRequired());
    }

    @Test
    void unknownCallerMustAuthenticate() {
        var nobody = new UserId(UUID.randomUUID());

        assertThat(errorOf(() -> warden.currentUser.currentUser(new CurrentUserCommand(nobody))))
                .isEqualTo(new AuthError.AuthenticationRequired());
    }
}
