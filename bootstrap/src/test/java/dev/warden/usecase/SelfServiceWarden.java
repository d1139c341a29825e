package dev.warden.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.memory.InMemoryAuditLog;
import dev.warden.application.account.AccountMailSettings;
import dev.warden.application.account.service.MailRequestLimits;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.mail.OtpSettings;
import dev.warden.application.mail.port.in.EmailCommand;
import dev.warden.application.mail.port.in.PasswordResetUseCase;
import dev.warden.application.mail.port.in.ResetPasswordCommand;
import dev.warden.application.mail.port.out.MailMessage;
import dev.warden.application.secondfactor.port.in.SecondFactorCommand;
import dev.warden.application.selfservice.port.in.ChangeEmailCommand;
import dev.warden.application.selfservice.port.in.ChangeEmailUseCase;
import dev.warden.application.selfservice.port.in.ChangePasswordCommand;
import dev.warden.application.selfservice.port.in.ChangePasswordUseCase;
import dev.warden.application.selfservice.port.in.DeleteAccountCommand;
import dev.warden.application.selfservice.port.in.DeleteAccountUseCase;
import dev.warden.application.selfservice.port.in.EmailChangeTokenCommand;
import dev.warden.application.selfservice.port.in.Reauthentication;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.mfa.TotpPolicy;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The account self-service use cases (password change, email change, deleting one's account) wired to the adapters
 * of a {@link Warden}, so that a test signs in with the same users, sessions, tokens, outbox and clock.
 */
final class SelfServiceWarden {
    static final String CLIENT = "203.0.113.9";
    static final String CONFIRM_PREFIX = AccountMailSettings.DEFAULT.publicUrl() + "/api/auth/email/confirm/";

    final Warden warden = new Warden();
    final InMemoryAuditLog audit = warden.audit;
    final MailRequestLimits limits = warden.accountFeature.mailLimits();
    final ChangePasswordUseCase changePassword = warden.selfServiceFeature.changePassword();
    final ChangeEmailUseCase changeEmail = warden.selfServiceFeature.changeEmail();
    final PasswordResetUseCase reset = warden.mailFeature(
            OtpSettings.of(Duration.ofMinutes(10), AccountMailSettings.DEFAULT.publicUrl(), Set.of()), Runnable::run)
            .passwordReset();
    final DeleteAccountUseCase deleteAccount = warden.selfServiceFeature.deleteAccount();

    static Reauthentication withPassword(String password) {
        return Reauthentication.of(password, Reauthentication.CURRENT_PASSWORD, null);
    }

    static Reauthentication withCode(String code) {
        return Reauthentication.of(null, Reauthentication.CURRENT_PASSWORD, code);
    }

    void changePassword(Caller caller, Reauthentication proof, String newPassword) {
        changePassword.changePassword(new ChangePasswordCommand(caller, proof, newPassword, CLIENT));
    }

    void requestEmailChange(Caller caller, String newEmail, Reauthentication proof) {
        changeEmail.requestEmailChange(new ChangeEmailCommand(caller, newEmail, proof, CLIENT));
    }

    void confirmEmailChange(String token) {
        changeEmail.confirmEmailChange(new EmailChangeTokenCommand(token, CLIENT));
    }

    void deleteAccount(Caller caller, Reauthentication proof) {
        deleteAccount.deleteAccount(new DeleteAccountCommand(caller, proof, CLIENT));
    }

    /** Asks for a password reset of the account with this address; answers the token of the mailed link. */
    String mailedResetToken(String address) {
        reset.forgotPassword(new EmailCommand(address, CLIENT));
        var link = mailsTo(address).getLast().link();
        assertThat(link).contains("/reset-password?token=");
        return URLDecoder.decode(link.substring(link.indexOf("token=") + "token=".length()), StandardCharsets.UTF_8);
    }

    void resetPassword(String token, String newPassword) {
        reset.resetPassword(new ResetPasswordCommand(token, newPassword));
    }

    /** Whether this password logs in; false for Invalid credentials, anything else fails the test. */
    boolean logsIn(String identifier, String password) {
        return answers(() -> warden.login.login(new LoginCommand(identifier, password)),
                new AuthError.InvalidCredentials());
    }

    /** Whether a request with this pair's access token would be let in. */
    boolean accessTokenWorks(TokenPair pair) {
        return answers(() -> warden.authenticated(pair.accessToken()), new AuthError.InvalidToken());
    }

    /** Whether this pair's refresh token is taken (it is spent then). */
    boolean refreshes(TokenPair pair) {
        return answers(() -> warden.refreshed(pair.refreshToken()), new AuthError.InvalidRefreshToken());
    }

    /** Whether a request with this session's cookie would be let in. */
    boolean sessionWorks(String secret) {
        return answers(() -> warden.sessionOf(secret), new AuthError.AuthenticationRequired());
    }

    private static boolean answers(Runnable call, AuthError refusal) {
        try {
            call.run();
            return true;
        } catch (AuthException e) {
            assertThat(e.error()).isEqualTo(refusal);
            return false;
        }
    }

    /** The mails sent to this address, oldest first. */
    List<MailMessage> mailsTo(String address) {
        return warden.outbox.sentTo(address);
    }

    List<String> subjectsTo(String address) {
        return mailsTo(address).stream().map(MailMessage::subject).toList();
    }

    /** The token of the newest email change link mailed to this address. */
    String confirmationTokenFor(String address) {
        var link = mailsTo(address).reversed().stream()
                .filter(mail -> mail.subject().equals("Confirm your new email address")).findFirst()
                .orElseThrow(() -> new AssertionError("no confirmation mail to " + address)).link();
        assertThat(link).startsWith(CONFIRM_PREFIX);
        return link.substring(CONFIRM_PREFIX.length());
    }

    List<AuditEntry> auditOf(UserId target) {
        return audit.newestFirst(0, 100).stream().filter(entry -> entry.target().equals(target)).toList();
    }

    User verified(User user) {
        warden.users.markEmailVerified(user.id());
        return warden.stored(user.id());
    }

    /** Sets up and enables TOTP for the account (its address verified); the clock moves one step on. */
    Totp totpEnabled(User user) {
        verified(user);
        var caller = new Caller(user.id(), new Caller.PasswordCredential());
        var secret = warden.manageTotp.setup(caller).secret();
        var recoveryCodes = warden.manageTotp.enable(new SecondFactorCommand(caller, appCode(secret), CLIENT));
        warden.clock.advance(TotpPolicy.PERIOD);
        return new Totp(secret, recoveryCodes);
    }

    record Totp(String secret, List<String> recoveryCodes) {}

    /** A new account that signs in only by mailed code: no password, a verified address. */
    User passwordless(String username) {
        var user = User.passwordless(new UserId(warden.ids.newId()), Username.of(username),
                Email.of(username + "@example.com"), warden.clock.now());
        warden.users.add(user);
        return user;
    }

    /** What the authenticator app with this secret shows now. */
    String appCode(String secret) {
        return warden.totpCodes.codeAt(secret, TotpPolicy.stepAt(warden.clock.now()));
    }
}
