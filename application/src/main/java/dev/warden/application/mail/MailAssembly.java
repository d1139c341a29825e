package dev.warden.application.mail;

import dev.warden.application.account.AccountAssembly;
import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.mail.port.in.EmailVerificationUseCase;
import dev.warden.application.mail.port.in.OtpSignInUseCase;
import dev.warden.application.mail.port.in.PasswordResetUseCase;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.mail.port.out.SignInCodeStore;
import dev.warden.application.mail.service.EmailVerificationService;
import dev.warden.application.mail.service.OtpSignInService;
import dev.warden.application.mail.service.PasswordResetService;
import dev.warden.application.session.SessionAssembly;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.TokenAssembly;
import dev.warden.domain.password.PasswordPolicy;
import java.util.List;
import java.util.concurrent.Executor;

/** The mail flows: verifying an address, resetting a forgotten password, and signing in with a mailed code. */
public record MailAssembly(EmailVerificationUseCase emailVerification, PasswordResetUseCase passwordReset,
                           OtpSignInUseCase otpSignIn) {
    public static final List<Offer<MailAssembly, ?>> OFFERS = List.of(
            Offer.of(EmailVerificationUseCase.class, MailAssembly::emailVerification),
            Offer.of(PasswordResetUseCase.class, MailAssembly::passwordReset),
            Offer.of(OtpSignInUseCase.class, MailAssembly::otpSignIn));

    /**
     * {@code background} runs what a password-reset request does after its answer (finding the account, mailing
     * the link), so that the answer takes one time whether the account exists or not.
     */
    public static MailAssembly of(UserRepository users, OneTimeTokenStore tokens, SignInCodeStore codes,
                                  PasswordPolicy policy, PasswordHasher hasher, Clock clock, IdGenerator ids,
                                  OtpSettings otp, Executor background, AccountAssembly accounts, LoginAssembly login,
                                  TokenAssembly tokenFeature, SessionAssembly sessions) {
        return new MailAssembly(
                new EmailVerificationService(users, tokens, accounts.mails(), accounts.mailLimits(), clock),
                new PasswordResetService(users, tokens, accounts.mails(), accounts.mailLimits(), policy, hasher,
                        sessions.signOuts(), clock, background),
                new OtpSignInService(users, codes, accounts.mails(), accounts.mailLimits(), accounts.usernames(),
                        tokenFeature.issuer(), ids, clock, otp, login.throttle(), accounts.takeover(), login.gate(),
                        tokenFeature.telemetry()));
    }
}
