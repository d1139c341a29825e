package dev.warden.usecase;

import static dev.warden.usecase.SelfServiceWarden.withCode;
import static dev.warden.usecase.SelfServiceWarden.withPassword;
import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.errorOf;
import static dev.warden.usecase.Wording.fieldsOf;
import static dev.warden.usecase.Wording.confirmationOf;
import static dev.warden.usecase.Wording.worded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.selfservice.port.in.Reauthentication;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a signed-in caller proves before changing the password, the address or deleting the account: what a login of
 * the account asks (the password, and the second factor when TOTP is enabled); the second factor alone where there
 * is no password; and nothing can be changed where there is neither.
 */
class ReauthenticationUseCaseTest {
    private static final String NEW_PASSWORD = "amber-orchard-compass-7";
    private static final AuthError UNAVAILABLE = new AuthError.ReauthenticationUnavailable();
    private static final String CODE_REQUIRED =
            "a code of the authenticator app or a recovery code is required: TOTP is enabled";

    private final SelfServiceWarden service = new SelfServiceWarden();
    private final Warden warden = service.warden;

    private static Caller callerOf(User user) {
        return new Caller(user.id(), new Caller.PasswordCredential());
    }

    private static Reauthentication withBoth(String password, String code) {
        return Reauthentication.of(password, Reauthentication.CURRENT_PASSWORD, code);
    }

    @Test
    void anAccountWithoutPasswordConfirmsWithItsSecondFactorAndMaySetOne() {
        var otto = service.passwordless("otto");
        var totp = service.totpEnabled(otto);

        service.changePassword(callerOf(otto), withCode(service.appCode(totp.secret())), NEW_PASSWORD);

        assertThat(warden.stored(otto.id()).hasPassword()).isTrue();
        assertThat(errorOf(() -> warden.loggedIn("otto"))).isEqualTo(new AuthError.InvalidCredentials());
        assertThat(errorOf(() -> warden.login.login(new LoginCommand("otto", NEW_PASSWORD))))
                .isInstanceOf(AuthError.MfaRequired.class);
    }

    @Test
    void anAccountWithNeitherPasswordNorSecondFactorCannotConfirmAnyChange() {
        var otto = service.passwordless("otto");

        assertThat(errorOf(() -> service.changePassword(callerOf(otto), withCode("123456"), NEW_PASSWORD)))
                .isEqualTo(UNAVAILABLE);
        assertThat(errorOf(() -> service.requestEmailChange(callerOf(otto), "otto@example.org", withCode("123456"))))
                .isEqualTo(UNAVAILABLE);
        assertThat(errorOf(() -> service.deleteAccount(callerOf(otto), withPassword("anything"))))
                .isEqualTo(UNAVAILABLE);
        assertThat(warden.users.findById(otto.id())).isPresent();
        assertThat(service.mailsTo("otto@example.org")).isEmpty();
    }

    @Test
    void withTotpEnabledThePasswordAndACodeAreBothNeeded() {
        var ada = warden.registered("ada");
        var totp = service.totpEnabled(ada);

        assertThat(worded(errorOf(() -> service.changePassword(callerOf(ada), withPassword(PASSWORD), NEW_PASSWORD))))
                .isEqualTo(confirmationOf("code", CODE_REQUIRED));
        assertThat(worded(errorOf(() -> service.changePassword(callerOf(ada), withCode(service.appCode(totp.secret())),
                NEW_PASSWORD)))).isEqualTo(confirmationOf("current_password", "must not be blank"));
        var wrong = "000000".equals(service.appCode(totp.secret())) ? "111111" : "000000";
        assertThat(errorOf(() -> service.changePassword(callerOf(ada), withBoth(PASSWORD, wrong), NEW_PASSWORD)))
                .isEqualTo(new AuthError.InvalidCode());
        assertThat(errorOf(() -> service.changePassword(callerOf(ada),
                withBoth("not-" + PASSWORD, service.appCode(totp.secret())), NEW_PASSWORD)))
                .isEqualTo(new AuthError.IncorrectPassword());
        assertThat(warden.stored(ada.id()).passwordHash()).isEqualTo(ada.passwordHash());

        service.changePassword(callerOf(ada), withBoth(PASSWORD, service.appCode(totp.secret())), NEW_PASSWORD);

        assertThat(warden.stored(ada.id()).passwordHash()).isNotEqualTo(ada.passwordHash());
    }

    @Test
    void everyMissingPartIsReportedAtOnce() {
        var ada = warden.registered("ada");
        service.totpEnabled(ada);

        assertThat(fieldsOf(errorOf(() -> service.changePassword(callerOf(ada), withBoth("", " "), NEW_PASSWORD))))
                .isEqualTo(Map.of("current_password", List.of("must not be blank"),
                        "code", List.of(CODE_REQUIRED)));
    }

    @Test
    void aRecoveryCodeServesAsTheSecondFactorOnce() {
        var otto = service.passwordless("otto");
        var recovery = service.totpEnabled(otto).recoveryCodes().getFirst();

        service.changePassword(callerOf(otto), withCode(recovery), NEW_PASSWORD);

        assertThat(errorOf(() -> service.changePassword(callerOf(otto), withBoth(NEW_PASSWORD, recovery),
                "another-Long-passphrase-8"))).isEqualTo(new AuthError.InvalidCode());
    }

    @Test
    void wrongCodesCountTowardsTheSecondFactorLockout() {
        var otto = service.passwordless("otto");
        service.totpEnabled(otto);
        for (int i = 0; i < 5; i++) {
            assertThat(errorOf(() -> service.changePassword(callerOf(otto), withCode("aaaaa-aaaaa"), NEW_PASSWORD)))
                    .isEqualTo(new AuthError.InvalidCode());
        }

        assertThat(errorOf(() -> service.changePassword(callerOf(otto), withCode("bbbbb-bbbbb"), NEW_PASSWORD)))
                .isInstanceOf(AuthError.TooManyFailedLogins.class);
    }

    @Test
    void aDeactivatedOrDeletedAccountIsNoLongerSignedIn() {
        var ada = warden.registered("ada");
        warden.setActive(ada.id(), false);

        assertThat(errorOf(() -> service.changePassword(callerOf(ada), withPassword(PASSWORD), NEW_PASSWORD)))
                .isEqualTo(new AuthError.AuthenticationRequired());
    }
}
