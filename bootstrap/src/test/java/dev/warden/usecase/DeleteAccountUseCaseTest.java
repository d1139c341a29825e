package dev.warden.usecase;

import static dev.warden.usecase.SelfServiceWarden.CLIENT;
import static dev.warden.usecase.SelfServiceWarden.withCode;
import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.errorOf;
import static dev.warden.usecase.Wording.confirmationOf;
import static dev.warden.usecase.Wording.worded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.selfservice.port.in.Reauthentication;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * A signed-in user deletes their own account (issue 16): confirmed like a password change, every token dead at once,
 * the account gone, its address told and free again, the event kept in the audit trail.
 */
class DeleteAccountUseCaseTest {
    private final SelfServiceWarden service = new SelfServiceWarden();
    private final Warden warden = service.warden;
    private final User ada = warden.registered("ada");

    private static Reauthentication withPassword(String password) {
        return Reauthentication.of(password, Reauthentication.PASSWORD, null);
    }

    @Test
    void theAccountAndEveryWayItWasSignedInEndAtOnce() {
        var own = warden.loggedIn("ada");
        var other = warden.loggedIn("ada");
        var session = warden.sessionStarted("ada");
        var legacy = warden.legacyToken("ada");

        service.deleteAccount(warden.callerWith(own), withPassword(PASSWORD));

        assertThat(warden.users.findById(ada.id())).isEmpty();
        assertThat(service.accessTokenWorks(own)).isFalse();
        assertThat(service.accessTokenWorks(other)).isFalse();
        assertThat(service.refreshes(own)).isFalse();
        assertThat(service.sessionWorks(session.secret())).isFalse();
        assertThat(warden.legacyTokenWorks(legacy)).isFalse();
        assertThat(service.logsIn("ada", PASSWORD)).isFalse();
    }

    @Test
    void otherAccountsStaySignedIn() {
        warden.registered("grace");
        var grace = warden.loggedIn("grace");

        service.deleteAccount(warden.callerWith(warden.loggedIn("ada")), withPassword(PASSWORD));

        assertThat(service.accessTokenWorks(grace)).isTrue();
        assertThat(service.refreshes(grace)).isTrue();
    }

    @Test
    void aWrongOrMissingPasswordDeletesNothing() {
        var own = warden.loggedIn("ada");

        assertThat(errorOf(() -> service.deleteAccount(warden.callerWith(own), withPassword("not-" + PASSWORD))))
                .isEqualTo(new AuthError.IncorrectPassword());
        assertThat(worded(errorOf(() -> service.deleteAccount(warden.callerWith(own), withPassword(null)))))
                .isEqualTo(confirmationOf("password", "must not be blank"));

        assertThat(warden.users.findById(ada.id())).isPresent();
        assertThat(service.accessTokenWorks(own)).isTrue();
        assertThat(service.auditOf(ada.id())).isEmpty();
    }

    @Test
    void theAuditTrailKeepsTheEvent() {
        service.deleteAccount(warden.callerWith(warden.loggedIn("ada")), withPassword(PASSWORD));

        assertThat(service.auditOf(ada.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("delete-own-account");
            assertThat(entry.actor()).isEqualTo(ada.id());
            assertThat(entry.details()).isEqualTo("username=ada");
            assertThat(entry.clientAddress()).isEqualTo(CLIENT);
        });
    }

    @Test
    void theStoredAddressIsToldAndBothNameAndAddressAreFreeAgain() {
        service.deleteAccount(warden.callerWith(warden.loggedIn("ada")), withPassword(PASSWORD));

        var notice = service.mailsTo("ada@example.com").getLast();
        assertThat(notice.subject()).isEqualTo("Your account was deleted");
        assertThat(notice.text()).contains("ada");
        var again = warden.registered("ada");
        assertThat(again.id()).isNotEqualTo(ada.id());
    }

    @Test
    void theSecondFactorAndPasskeysGoWithTheAccount() {
        var totp = service.totpEnabled(ada);

        service.deleteAccount(new Caller(ada.id(), new Caller.PasswordCredential()),
                Reauthentication.of(PASSWORD, Reauthentication.PASSWORD, service.appCode(totp.secret())));

        assertThat(warden.totpStore.find(ada.id())).isEmpty();
        assertThat(warden.passkeyStore.listByUser(ada.id())).isEmpty();
    }

    @Test
    void anAccountWithoutPasswordDeletesWithItsSecondFactor() {
        var otto = service.passwordless("otto");
        var totp = service.totpEnabled(otto);

        service.deleteAccount(new Caller(otto.id(), new Caller.PasswordCredential()), withCode(service.appCode(totp.secret())));

        assertThat(warden.users.findById(otto.id())).isEmpty();
    }

    @Test
    void aSuperuserCannotDeleteThemselves() {
        warden.users.update(ada.asBootstrapAdministrator());
        var own = warden.loggedIn("ada");

        assertThat(errorOf(() -> service.deleteAccount(warden.callerWith(own), withPassword(PASSWORD))))
                .isEqualTo(new AuthError.CannotDeleteSelf());
        assertThat(warden.users.findById(ada.id())).isPresent();
        assertThat(service.accessTokenWorks(own)).isTrue();
    }
}
