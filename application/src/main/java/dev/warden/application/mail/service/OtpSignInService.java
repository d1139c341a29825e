package dev.warden.application.mail.service;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.account.service.MailRequestLimits;
import dev.warden.application.account.service.MailboxTakeover;
import dev.warden.application.account.service.OAuthUsernames;
import dev.warden.application.login.service.LoginThrottle;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.mail.OtpSettings;
import dev.warden.application.mail.port.in.OtpSignIn;
import dev.warden.application.mail.port.in.OtpSignInCommand;
import dev.warden.application.mail.port.in.OtpSignInUseCase;
import dev.warden.application.mail.port.in.SendSignInCodeCommand;
import dev.warden.application.mail.port.out.SignInCodeStore;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.port.in.CallbackUrl;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.service.TokenIssuer;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.token.SignInCode;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;

/**
 * Sign-in by a code mailed to the address (seed 002). The code is six random digits and a random nonce, which the
 * client receives and keeps; neither is stored in clear. It lives ten minutes, works once and dies after five
 * attempts. An address without an account gets one at sign-in, with its email verified (the
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
    private final LoginThrottle throttle;
    private final MailboxTakeover takeover;
    private final SecondFactorGate gate;

    private final Telemetry telemetry;

    public OtpSignInService(UserRepository users, SignInCodeStore codes, AccountMails mails, MailRequestLimits limits,
                            OAuthUsernames usernames, TokenIssuer issuer, IdGenerator ids, Clock clock,
                            OtpSettings settings, LoginThrottle throttle, MailboxTakeover takeover,
                            SecondFactorGate gate, Telemetry telemetry) {
        this.telemetry = telemetry;
        this.users = users;
        this.codes = codes;
        this.mails = mails;
        this.limits = limits;
        this.usernames = usernames;
        this.issuer = issuer;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
        this.throttle = throttle;
        this.takeover = takeover;
        this.gate = gate;
    }

    @Override
    public String sendSignInCode(SendSignInCodeCommand command) {
        // a callback that already holds a code would put a second one, chosen by whoever asked, beside ours in the
        // mailed link: a page reading the first would sign the reader into the asker's account
        if (!settings.allows(command.callbackUrl()) || new CallbackUrl(command.callbackUrl()).carriesCode()) {
            throw new AuthError.CallbackNotAllowed().exception();
        }
        mails.requireDeliverable(command.email());
        limits.check("sign-in-code", command.email(), command.clientAddress());
        // Mail about an account goes to the address stored on it: another spelling with the same key names the
        // account, never the mailbox that receives its code.
        var to = users.findByEmailKey(command.email().key()).map(User::email).orElse(command.email());
        var digits = ids.newDigits(SignInCode.DIGITS);
        var nonce = ids.newSecret();
        codes.add(SignInCode.issue(ids.newId(), digits, nonce, to.value(), clock.now(), settings.codeTtl()));
        var link = new CallbackUrl(command.callbackUrl()).withCode(digits + nonce);
        mails.sendSignInCode(to, digits, link, settings.codeTtl());
        return nonce;
    }

    /**
     * The attempt is counted on the code before the digits are compared, so that attempts sent together cannot
     * outnumber the code's five; a wrong code also counts as a failed login of the address's account (the same
     * lockouts as wrong passwords, counted with those of the account's username), and a right one clears them.
     */
    @Override
    public OtpSignIn signIn(OtpSignInCommand command) {
        return telemetry.login(Telemetry.LoginMethod.OTP, () -> signInUncounted(command));
    }

    private OtpSignIn signInUncounted(OtpSignInCommand command) {
        var entered = command.code();
        if (entered.length() <= SignInCode.DIGITS) {
            throw new AuthError.InvalidSignInCode().exception();
        }
        var now = clock.now();
        var code = codes.claimAttempt(SignInCode.nonceHashOf(entered.substring(SignInCode.DIGITS)), now)
                .orElseThrow(() -> new AuthError.InvalidSignInCode().exception());
        var owner = users.findByEmailKey(Email.keyOf(code.email())).map(User::id);
        throttle.attempt(owner, code.email(), command.client().address(), () -> {
            if (!code.matches(entered)) {
                throw new AuthError.InvalidSignInCode().exception();
            }
            return code;
        });
        if (!codes.consume(code.id(), now)) {
            throw new AuthError.InvalidSignInCode().exception();
        }
        var account = accountFor(code.email());
        var user = account.user();
        if (!user.active()) {
            throw new AuthError.AccountDisabled().exception();
        }
        gate.admit(user, MfaChallenge.Purpose.TOKENS, command.client());
        users.recordLogin(user.id(), now);
        return new OtpSignIn(issuer.startFamily(user, command.client()), user.id(), account.created());
    }

    private record Account(User user, boolean created) {}

    /**
     * The account of the address, verified now that the code proved the mailbox. An account whose address was
     * never verified may have been registered by someone else with the victim's address, waiting for the victim
     * to use it: the mailbox's owner takes it over, so every sign-in made before and its password end here.
     */
    private Account accountFor(String address) {
        // the address stored on an account may predate today's rules for new addresses: it is looked up, not parsed
        var existing = users.findByEmailKey(Email.keyOf(address));
        if (existing.isEmpty()) {
            return create(Email.of(address));
        }
        var user = existing.get();
        if (!user.emailVerified()) {
            user = takeover.takeOver(user);
        }
        return new Account(user, false);
    }

    /** A new account; a concurrent sign-in for the same address may win the insert, then that account is used. */
    private Account create(Email email) {
        var user = User.passwordless(new UserId(ids.newId()), usernames.available("", email), email, clock.now());
        try {
            users.add(user);
            return new Account(user, true);
        } catch (RuntimeException e) {
            return new Account(users.findByEmailKey(email.key()).orElseThrow(() -> e), false);
        }
    }
}
