package dev.warden.usecase;

import static dev.warden.usecase.SelfServiceWarden.CLIENT;
import static dev.warden.usecase.SelfServiceWarden.withPassword;
import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.errorOf;
import static dev.warden.usecase.Wording.confirmationOf;
import static dev.warden.usecase.Wording.worded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.password.PasswordPolicy;
import dev.warden.domain.user.User;
import org.junit.jupiter.api.Test;

/** A signed-in user changes their password (issue 16): the current one first, the policy, who stays signed in. */
class ChangePasswordUseCaseTest {
    private static final String NEW_PASSWORD = "amber-orchard-compass-7";

    private final SelfServiceWarden service = new SelfServiceWarden();
    private final Warden warden = service.warden;
    private final User ada = warden.registered("ada");

    private AuthError changing(Caller caller, String current, String newPassword) {
        return errorOf(() -> service.changePassword(caller, withPassword(current), newPassword));
    }

    private boolean logsIn(String password) {
        return service.logsIn("ada", password);
    }

    private boolean works(TokenPair pair) {
        return service.accessTokenWorks(pair);
    }

    private boolean refreshes(TokenPair pair) {
        return service.refreshes(pair);
    }

    private boolean sessionWorks(String secret) {
        return service.sessionWorks(secret);
    }

    @Test
    void theNewPasswordLogsInAndTheOldOneNoLonger() {
        var pair = warden.loggedIn("ada");

        service.changePassword(warden.callerWith(pair), withPassword(PASSWORD), NEW_PASSWORD);

        assertThat(logsIn(NEW_PASSWORD)).isTrue();
        assertThat(logsIn(PASSWORD)).isFalse();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndChangesNothing() {
        var caller = warden.callerWith(warden.loggedIn("ada"));

        assertThat(changing(caller, "not-" + PASSWORD, NEW_PASSWORD)).isEqualTo(new AuthError.IncorrectPassword());

        assertThat(logsIn(PASSWORD)).isTrue();
        assertThat(logsIn(NEW_PASSWORD)).isFalse();
        assertThat(service.mailsTo("ada@example.com")).noneMatch(mail -> mail.subject().equals("Your password was changed"));
    }

    @Test
    void wrongCurrentPasswordsCountAsFailedLoginsSoTheyCannotBeGuessedWithoutEnd() {
        var caller = warden.callerWith(warden.loggedIn("ada"));
        for (int i = 0; i < 5; i++) {
            assertThat(changing(caller, "guess-" + i, NEW_PASSWORD)).isEqualTo(new AuthError.IncorrectPassword());
        }

        assertThat(changing(caller, PASSWORD, NEW_PASSWORD)).isInstanceOf(AuthError.TooManyFailedLogins.class);
        assertThat(errorOf(() -> warden.loggedIn("ada"))).isInstanceOf(AuthError.TooManyFailedLogins.class);
    }

    @Test
    void theNewPasswordMustMeetThePolicyAsAtReset() {
        var caller = warden.callerWith(warden.loggedIn("ada"));

        var refused = changing(caller, PASSWORD, "ada");

        assertThat(refused).isInstanceOf(AuthError.WeakPassword.class);
        assertThat(((AuthError.WeakPassword) refused).reasons()).isEqualTo(PasswordPolicy.standard()
                .violations("ada", ada.username(), ada.email()));
        assertThat(changing(caller, PASSWORD, "password123")).isInstanceOf(AuthError.WeakPassword.class);
        assertThat(logsIn(PASSWORD)).isTrue();
    }

    @Test
    void aMissingFieldIsAValidationError() {
        var caller = warden.callerWith(warden.loggedIn("ada"));

        assertThat(worded(changing(caller, null, NEW_PASSWORD)))
                .isEqualTo(confirmationOf("current_password", "must not be blank"));
        assertThat(worded(changing(caller, PASSWORD, "")))
                .isEqualTo(AuthError.InvalidInput.of("new_password", "must not be blank"));
    }

    @Test
    void withAnAccessTokenEveryOtherSignInEndsAndTheCallersTokenFamilyStays() {
        var own = warden.loggedIn("ada");
        var otherPair = warden.loggedIn("ada");
        var session = warden.sessionStarted("ada");
        var legacy = warden.legacyToken("ada");
        var grace = warden.registered("grace");
        var gracePair = warden.loggedIn("grace");

        service.changePassword(warden.callerWith(own), withPassword(PASSWORD), NEW_PASSWORD);

        assertThat(works(otherPair)).isFalse();
        assertThat(refreshes(otherPair)).isFalse();
        assertThat(sessionWorks(session.secret())).isFalse();
        assertThat(warden.legacyTokenWorks(legacy)).isFalse();
        assertThat(works(own)).isTrue();
        assertThat(refreshes(own)).isTrue();
        assertThat(works(gracePair)).as(grace.username().value()).isTrue();
    }

    @Test
    void withASessionCookieThatSessionStaysAndEveryTokenFamilyEnds() {
        var own = warden.sessionStarted("ada");
        var otherSession = warden.sessionStarted("ada");
        var pair = warden.loggedIn("ada");

        service.changePassword(warden.callerWith(own), withPassword(PASSWORD), NEW_PASSWORD);

        assertThat(sessionWorks(own.secret())).isTrue();
        assertThat(sessionWorks(otherSession.secret())).isFalse();
        assertThat(works(pair)).isFalse();
    }

    @Test
    void withALegacyTokenThatTokenStaysAndTheOthersEnd() {
        var own = warden.legacyToken("ada");
        var other = warden.legacyToken("ada");
        var session = warden.sessionStarted("ada");

        service.changePassword(warden.callerWithLegacyToken(own), withPassword(PASSWORD), NEW_PASSWORD);

        assertThat(warden.legacyTokenWorks(own)).isTrue();
        assertThat(warden.legacyTokenWorks(other)).isFalse();
        assertThat(sessionWorks(session.secret())).isFalse();
    }

    @Test
    void withHttpBasicNothingIsHeldSoEverythingEnds() {
        var pair = warden.loggedIn("ada");
        var session = warden.sessionStarted("ada");

        service.changePassword(new Caller(ada.id(), new Caller.PasswordCredential()), withPassword(PASSWORD),
                NEW_PASSWORD);

        assertThat(works(pair)).isFalse();
        assertThat(sessionWorks(session.secret())).isFalse();
    }

    @Test
    void theOwnerIsToldAtTheAddressStoredOnTheAccount() {
        var mixed = warden.register.register(new RegisterCommand("lin", "Lin.Yu@Example.com", PASSWORD, "", ""));
        var caller = warden.callerWith(warden.loggedIn("lin"));

        service.changePassword(caller, withPassword(PASSWORD), NEW_PASSWORD);

        var notice = service.mailsTo("Lin.Yu@Example.com").getLast();
        assertThat(notice.subject()).isEqualTo("Your password was changed");
        assertThat(notice.to()).isEqualTo(mixed.email().value());
        assertThat(notice.text()).contains("lin").contains("2026-01-15 10:30 UTC").contains("Forgot password");
        assertThat(notice.html()).contains("lin").startsWith("<!DOCTYPE html>");
        assertThat(notice.text()).doesNotContain(NEW_PASSWORD).doesNotContain(PASSWORD);
    }

    @Test
    void resetLinksMailedBeforeTheChangeDie() {
        var token = service.mailedResetToken("ada@example.com");

        service.changePassword(warden.callerWith(warden.loggedIn("ada")), withPassword(PASSWORD), NEW_PASSWORD);

        assertThat(errorOf(() -> service.resetPassword(token, "violet-Orchard-Lamp-3")))
                .isEqualTo(new AuthError.InvalidResetToken());
        assertThat(logsIn(NEW_PASSWORD)).isTrue();
    }

    @Test
    void theChangeIsKeptInTheAuditTrail() {
        service.changePassword(warden.callerWith(warden.loggedIn("ada")), withPassword(PASSWORD), NEW_PASSWORD);

        assertThat(service.auditOf(ada.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("change-password");
            assertThat(entry.actor()).isEqualTo(ada.id());
            assertThat(entry.clientAddress()).isEqualTo(CLIENT);
            assertThat(entry.details()).doesNotContain(NEW_PASSWORD);
        });
    }
}
