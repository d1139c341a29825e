package dev.warden.usecase;

import dev.warden.application.account.AccountMailSettings;
import dev.warden.application.account.service.MailRequestLimits;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.mail.MailAssembly;
import dev.warden.application.mail.OtpSettings;
import dev.warden.application.mail.port.in.EmailCommand;
import dev.warden.application.mail.port.in.EmailVerificationUseCase.VerificationMail;
import dev.warden.application.mail.port.in.EmailVerificationUseCase;
import dev.warden.application.mail.port.in.PasswordResetUseCase;
import dev.warden.application.mail.port.in.ResetPasswordCommand;
import dev.warden.application.mail.port.in.TokenCommand;
import dev.warden.application.mail.port.out.MailMessage;
import dev.warden.application.session.port.in.SessionTicket;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.domain.session.Session;
import dev.warden.domain.token.OneTimeToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mailed-link use cases (email verification, password reset) wired to the adapters of a {@link Warden},
 * so that a test can register, log in and open sessions with the same users, tokens, outbox and clock.
 */
final class MailWarden {
    static final String PUBLIC_URL = AccountMailSettings.DEFAULT.publicUrl();
    static final String VERIFY_PREFIX = PUBLIC_URL + "/api/auth/verify-email/";
    static final String RESET_PREFIX = PUBLIC_URL + "/reset-password?token=";
    static final String CLIENT = "203.0.113.7";

    final Warden warden = new Warden();
    final MailAssembly feature = warden.mailFeature(OtpSettings.of(Duration.ofMinutes(10), PUBLIC_URL, Set.of()),
            Runnable::run);
    final MailRequestLimits limits = warden.accountFeature.mailLimits();
    final EmailVerificationUseCase verification = feature.emailVerification();
    final PasswordResetUseCase reset = feature.passwordReset();

    static String addressOf(String username) {
        return username + "@example.com";
    }

    VerificationMail sendVerification(String email) {
        return sendVerification(email, CLIENT);
    }

    VerificationMail sendVerification(String email, String client) {
        return verification.sendVerification(new EmailCommand(email, client));
    }

    void verify(String token) {
        verification.verifyEmail(new TokenCommand(token));
    }

    void forgot(String email) {
        forgot(email, CLIENT);
    }

    void forgot(String email, String client) {
        reset.forgotPassword(new EmailCommand(email, client));
    }

    void resetPassword(String token, String newPassword) {
        reset.resetPassword(new ResetPasswordCommand(token, newPassword));
    }

    /** The mails sent to this address, oldest first. */
    List<MailMessage> mailsTo(String address) {
        return warden.outbox.sentTo(address);
    }

    /** The secret of the newest verification link mailed to this address. */
    String verificationTokenFor(String address) {
        var link = newestWithSubject(address, "Verify your email address").link();
        if (!link.startsWith(VERIFY_PREFIX)) {
            throw new AssertionError("not a verification link: " + link);
        }
        return link.substring(VERIFY_PREFIX.length());
    }

    /** The secret of the newest reset link mailed to this address. */
    String resetTokenFor(String address) {
        var link = newestWithSubject(address, "Reset your password").link();
        if (!link.startsWith(RESET_PREFIX)) {
            throw new AssertionError("not a reset link: " + link);
        }
        return URLDecoder.decode(link.substring(RESET_PREFIX.length()), StandardCharsets.UTF_8);
    }

    private MailMessage newestWithSubject(String address, String subject) {
        return mailsTo(address).reversed().stream().filter(mail -> mail.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail '" + subject + "' to " + address
                        + " in " + warden.outbox.sent()));
    }

    /** A live token issued straight into the store, as another request of the same moment could have. */
    String issuedDirectly(UserId userId, OneTimeToken.Purpose purpose) {
        var secret = warden.ids.newSecret();
        var user = warden.stored(userId);
        warden.oneTimeTokens.add(OneTimeToken.issue(warden.ids.newId(), TokenDigest.of(secret), userId, purpose,
                user.email().key(), warden.clock.now(), Duration.ofHours(1)));
        return secret;
    }

    /** An account that signs in only through an identity provider: no password hash. */
    User providerOnly(String username, String provider) {
        var user = new User(new UserId(warden.ids.newId()), Username.of(username), Email.of(addressOf(username)),
                Optional.empty(), "", "", true, false, false, true, Optional.empty(), Optional.of(provider),
                Optional.of("4242"), warden.clock.now(), Optional.empty());
        warden.users.add(user);
        return user;
    }

    void changeEmail(UserId id, String newAddress) {
        var u = warden.stored(id);
        warden.users.update(new User(u.id(), u.username(), Email.of(newAddress), u.passwordHash(), u.firstName(),
                u.lastName(), u.active(), u.staff(), u.superuser(), false, u.membership(), u.oauthProvider(),
                u.oauthId(), u.dateJoined(), u.lastLogin()));
    }

    TokenPair loggedIn(String identifier, String password) {
        return warden.login.login(new LoginCommand(identifier, password));
    }

    SessionTicket sessionStarted(String identifier) {
        return warden.sessionStarted(identifier);
    }

    Session sessionOf(String secret) {
        return warden.sessionOf(secret);
    }
}
