package dev.warden.application.account;

import dev.warden.application.account.port.in.CurrentUserUseCase;
import dev.warden.application.account.port.in.EmailSignUpUseCase;
import dev.warden.application.account.port.in.RegisterUseCase;
import dev.warden.application.account.port.out.ConfusableNames;
import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.AccountFactory;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.account.service.CurrentUserService;
import dev.warden.application.account.service.EmailSignUpService;
import dev.warden.application.account.service.MailRequestLimits;
import dev.warden.application.account.service.MailboxTakeover;
import dev.warden.application.account.service.OAuthUsernames;
import dev.warden.application.account.service.RegisterService;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.mail.port.out.Mailer;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.session.SessionAssembly;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.TokenAssembly;
import dev.warden.domain.password.PasswordPolicy;
import java.util.List;

/**
 * Accounts: registration (the contract's and the Stack-compatible sign-up), the current user, and the parts the other
 * features share: the rules of a new account, its mails and their limits, free usernames, and a mailbox owner's
 * takeover of an account whose address was never verified.
 */
public final class AccountAssembly {
    public static final List<Offer<AccountAssembly, ?>> OFFERS = List.of(
            Offer.of(RegisterUseCase.class, AccountAssembly::register),
            Offer.of(EmailSignUpUseCase.class, AccountAssembly::emailSignUp),
            Offer.of(CurrentUserUseCase.class, AccountAssembly::currentUser));

    private final AccountFactory accounts;
    private final AccountMails mails;
    private final MailRequestLimits mailLimits;
    private final OAuthUsernames usernames;
    private final MailboxTakeover takeover;
    private final RegisterUseCase register;
    private final EmailSignUpUseCase emailSignUp;
    private final CurrentUserUseCase currentUser;

    public AccountAssembly(UserRepository users, PasswordPolicy policy, PasswordHasher hasher,
                           ConfusableNames confusables, OneTimeTokenStore tokens, Mailer mailer, RateLimiter limiter,
                           Clock clock, IdGenerator ids, AccountMailSettings mailSettings, TokenAssembly tokenFeature,
                           LoginAssembly login, SessionAssembly sessions) {
        accounts = new AccountFactory(users, policy, hasher, ids, clock, mailer, confusables);
        mails = new AccountMails(tokens, mailer, ids, clock, mailSettings);
        mailLimits = new MailRequestLimits(limiter, mailSettings);
        usernames = new OAuthUsernames(users, ids);
        takeover = new MailboxTakeover(users, sessions.signOuts(), login.gate(), clock);
        register = new RegisterService(accounts, users, mails);
        emailSignUp = new EmailSignUpService(register, usernames, tokenFeature.issuer(), users, clock);
        currentUser = new CurrentUserService(users);
    }

    /** The rules of a new account, for the features that create one their own way. */
    public AccountFactory accounts() {
        return accounts;
    }

    public AccountMails mails() {
        return mails;
    }

    public MailRequestLimits mailLimits() {
        return mailLimits;
    }

    public OAuthUsernames usernames() {
        return usernames;
    }

    public MailboxTakeover takeover() {
        return takeover;
    }

    public RegisterUseCase register() {
        return register;
    }

    public EmailSignUpUseCase emailSignUp() {
        return emailSignUp;
    }

    public CurrentUserUseCase currentUser() {
        return currentUser;
    }
}
