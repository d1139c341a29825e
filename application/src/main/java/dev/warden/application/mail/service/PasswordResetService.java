package dev.warden.application.mail.service;

import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.account.service.MailRequestLimits;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.mail.port.in.EmailCommand;
import dev.warden.application.mail.port.in.ForgotPasswordCommand;
import dev.warden.application.mail.port.in.PasswordResetUseCase;
import dev.warden.application.mail.port.in.ResetPasswordCommand;
import dev.warden.application.mail.port.in.TokenCommand;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.service.FamilyRevocation;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.password.PasswordPolicy;
import dev.warden.domain.token.OneTimeToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;
import java.time.Instant;
import java.util.concurrent.Executor;

/**
 * Forgotten passwords and their reset. The request for a link answers after the checks that depend only on the
 * request (the address's form, the limits); finding the account and mailing its link happen afterwards, on
 * {@code background}, so that a known address costs the caller no more time than an unknown one.
 */
public final class PasswordResetService implements PasswordResetUseCase {
    private static final System.Logger LOG = System.getLogger(PasswordResetService.class.getName());

    private final UserRepository users;
    private final OneTimeTokenStore tokens;
    private final AccountMails mails;
    private final MailRequestLimits limits;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SignOuts signOuts;
    private final Executor background;

    public PasswordResetService(UserRepository users, OneTimeTokenStore tokens, AccountMails mails,
                                MailRequestLimits limits, PasswordPolicy policy, PasswordHasher hasher,
                                SignOuts signOuts, Clock clock, Executor background) {
        this.background = background;
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.limits = limits;
        this.policy = policy;
        this.hasher = hasher;
        this.clock = clock;
        this.signOuts = signOuts;
    }

    @Override
    public void forgotPassword(EmailCommand command) {
        forgotPassword(ForgotPasswordCommand.of(command));
    }

    @Override
    public void forgotPassword(ForgotPasswordCommand command) {
        command.callbackUrl().ifPresent(mails::requireAllowed);
        mails.requireDeliverable(command.email());
        limits.check("forgot-password", command.email(), command.clientAddress());
        var key = command.email().key();
        var callback = command.callbackUrl();
        background.execute(() -> {
            try {
                users.findByEmailKey(key)
                        .filter(user -> user.active() && user.hasPassword() && user.oauthProvider().isEmpty())
                        .ifPresent(user -> mails.sendReset(user, callback));
            } catch (RuntimeException e) { // no caller to tell: the answer did not depend on it
                LOG.log(System.Logger.Level.WARNING, "A reset link could not be issued: " + e);
            }
        });
    }

    @Override
    public void checkResetToken(TokenCommand command) {
        usableToken(command.token(), clock.now());
    }

    /** The token and its account, as a reset would use them now; nothing is consumed. */
    private Usable usableToken(String secret, Instant now) {
        var token = tokens.findByHash(TokenDigest.of(secret))
                .filter(candidate -> candidate.isUsableFor(OneTimeToken.Purpose.RESET_PASSWORD, now))
                .orElseThrow(() -> new AuthError.InvalidResetToken().exception());
        var user = users.findById(token.userId()).orElseThrow(() -> new AuthError.InvalidResetToken().exception());
        // An account that signs in through a provider has its password managed there (seed 000), even when
        // it was linked after a password was set: a reset token issued before the link no longer works.
        if (user.oauthProvider().isPresent()) {
            throw new AuthError.PasswordManagedByProvider(user.oauthProvider().get()).exception();
        }
        return new Usable(token, user);
    }

    private record Usable(OneTimeToken token, User user) {}

    @Override
    public void resetPassword(ResetPasswordCommand command) {
        var now = clock.now();
        var usable = usableToken(command.token(), now);
        var token = usable.token();
        var user = usable.user();
        var reasons = policy.violations(command.newPassword(), user.username(), user.email());
        if (!reasons.isEmpty()) {
            throw new AuthError.WeakPassword(reasons).exception();
        }
        if (!tokens.consume(token.id(), now)) {
            throw new AuthError.InvalidResetToken().exception();
        }
        users.replacePasswordHash(user.id(), hasher.hash(command.newPassword()));
        tokens.invalidateAll(user.id(), OneTimeToken.Purpose.RESET_PASSWORD, now);
        // an email change asked for before the reset may be the work of whoever the reset locks out
        tokens.invalidateAll(user.id(), OneTimeToken.Purpose.CHANGE_EMAIL, now);
        signOuts.everywhere(user.id(), now);
    }
}
