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
 * Accounts: registration (the contract's and the Stack-compatible sign-up), the current user, and what the other
 * features share about accounts.
 *
 * @param accounts   the rules of a new account, for the features that create one their own way
 * @param mails      the mails about an account (verification, reset, notices), each with its link
 * @param mailLimits how often an address or a client may ask for such a mail
 * @param usernames  a free username for an account made from an address or a provider's profile
 * @param takeover   a mailbox owner's takeover of an account whose address was never verified
 */
public record AccountAssembly(AccountFactory accounts, AccountMails mails, MailRequestLimits mailLimits,
                              OAuthUsernames usernames, MailboxTakeover takeover, RegisterUseCase register,
                              EmailSignUpUseCase emailSignUp, CurrentUserUseCase currentUser) {
    public static final List<Offer<AccountAssembly, ?>> OFFERS = List.of(
            Offer.of(RegisterUseCase.class, AccountAssembly::register),
            Offer.of(EmailSignUpUseCase.class, AccountAssembly::emailSignUp),
            Offer.of(CurrentUserUseCase.class, AccountAssembly::currentUser));

    public static AccountAssembly of(UserRepository users, PasswordPolicy policy, PasswordHasher hasher,
                                     ConfusableNames confusables, OneTimeTokenStore tokens, Mailer mailer,
                                     RateLimiter limiter, Clock clock, IdGenerator ids,
                                     AccountMailSettings mailSettings, TokenAssembly tokenFeature, LoginAssembly login,
                                     SessionAssembly sessions) {
        var accounts = new AccountFactory(users, policy, hasher, ids, clock, mailer, confusables);
        var mails = new AccountMails(tokens, mailer, ids, clock, mailSettings);
        var usernames = new OAuthUsernames(users, ids);
        var register = new RegisterService(accounts, users, mails);
        return new AccountAssembly(accounts, mails, new MailRequestLimits(limiter, mailSettings), usernames,
                new MailboxTakeover(users, sessions.signOuts(), login.gate(), clock), register,
                new EmailSignUpService(register, mails, usernames, tokenFeature.issuer(), users, clock),
                new CurrentUserService(users));
    }
}
