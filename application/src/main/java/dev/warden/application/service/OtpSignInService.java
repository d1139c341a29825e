package dev.warden.application.service;

import dev.warden.application.port.in.OtpSignIn;
import dev.warden.application.port.in.OtpSignInCommand;
import dev.warden.application.port.in.OtpSignInUseCase;
import dev.warden.application.port.in.SendSignInCodeCommand;
import dev.warden.application.port.out.Clock;
import dev.warden.application.port.out.IdGenerator;
import dev.warden.application.port.out.SignInCodeStore;
import dev.warden.application.port.out.UserRepository;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.token.SignInCode;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sign-in by a code mailed to the address (seed 002). The code is six random digits, stored only as the hash of
 * the digits followed by a random nonce, which the client receives and keeps; it lives ten minutes, works once and
 * dies after five wrong tries. An address without an account gets one at sign-in, with its email verified (the
 * code proved it) and no password.
 */
public final class OtpSignInService implements OtpSignInUseCase {
    private final UserRepository users;
    private final SignInCodeStore codes;
    private final AccountMails mails;
    private final MailRequestLimits limits;
    private final OAuthUsernames usernames;
    private final TokenIssuer issuer;
    private final IdGenerator ids;
    private final Clock clock;
    private final OtpSettings settings;

    public OtpSignInService(UserRepository users, SignInCodeStore codes, AccountMails mails, MailRequestLimits limits,
                            OAuthUsernames usernames, TokenIssuer issuer, IdGenerator ids, Clock clock,
                            OtpSettings settings) {
        this.users = users;
        this.codes = codes;
        this.mails = mails;
        this.limits = limits;
        this.usernames = usernames;
        this.issuer = issuer;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String sendSignInCode(SendSignInCodeCommand command) {
        if (!settings.allows(command.callbackUrl())) {
            throw new AuthError.CallbackNotAllowed().exception();
        }
        limits.check("sign-in-code", command.email(), command.clientAddress());
        var digits = ids.newDigits(SignInCode.DIGITS);
        var nonce = ids.newSecret();
        codes.add(SignInCode.issue(ids.newId(), digits, nonce, command.email().value(), clock.now(),
                settings.codeTtl()));
        var callback = command.callbackUrl().toString();
        var link = callback + (command.callbackUrl().getRawQuery() == null ? "?" : "&") + "code="
                + URLEncoder.encode(digits + nonce, StandardCharsets.UTF_8);
        mails.sendSignInCode(command.email(), digits, link, settings.codeTtl());
        return nonce;
    }

    @Override
    public OtpSignIn signIn(OtpSignInCommand command) {
        var entered = command.code();
        if (entered.length() <= SignInCode.DIGITS) {
            throw new AuthError.InvalidSignInCode().exception();
        }
        var now = clock.now();
        var code = codes.findByNonce(entered.substring(SignInCode.DIGITS))
                .filter(candidate -> candidate.isUsable(now))
                .orElseThrow(() -> new AuthError.InvalidSignInCode().exception());
        if (!code.matches(entered)) {
            codes.recordFailure(code.id());
            throw new AuthError.InvalidSignInCode().exception();
        }
        if (!codes.consume(code.id(), now)) {
            throw new AuthError.InvalidSignInCode().exception();
        }
        var email = Email.of(code.email());
        var existing = users.findByEmailKey(email.key());
        var user = existing.orElseGet(() -> create(email));
        if (!user.active()) {
            throw new AuthError.AccountDisabled().exception();
        }
        if (!user.emailVerified()) {
            users.markEmailVerified(user.id());
        }
        users.recordLogin(user.id(), now);
        return new OtpSignIn(issuer.startFamily(user, command.client()), user.id(), existing.isEmpty());
    }

    /** A new account; a concurrent sign-in for the same address may win the insert, then that account is used. */
    private User create(Email email) {
        var user = User.passwordless(new UserId(ids.newId()), usernames.available("", email), email, clock.now());
        try {
            users.add(user);
            return user;
        } catch (RuntimeException e) {
            return users.findByEmailKey(email.key()).orElseThrow(() -> e);
        }
    }
}
