package dev.warden.application.mail.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.account.service.MailRequestLimits;
import dev.warden.application.mail.port.in.EmailCommand;
import dev.warden.application.mail.port.in.EmailVerificationUseCase;
import dev.warden.application.mail.port.in.SendVerificationCodeCommand;
import dev.warden.application.mail.port.in.TokenCommand;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.shared.port.in.CallbackUrl;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.token.OneTimeToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.util.Optional;

public final class EmailVerificationService implements EmailVerificationUseCase {
    private final UserRepository users;
    private final OneTimeTokenStore tokens;
    private final AccountMails mails;
    private final MailRequestLimits limits;
    private final Clock clock;

    public EmailVerificationService(UserRepository users, OneTimeTokenStore tokens, AccountMails mails,
                                    MailRequestLimits limits, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public VerificationMail sendVerification(EmailCommand command) {
        mails.requireDeliverable(command.email());
        limits.check("send-verification", command.email(), command.clientAddress());
        var user = users.findByEmailKey(command.email().key())
                .filter(User::active) // a deactivated account gets no mail: there is nothing it could do with it
                .orElseThrow(() -> new AuthError.UserNotFound().exception());
        return send(user);
    }

    @Override
    public VerificationMail resendVerification(UserId userId) {
        var user = users.findById(userId).filter(User::active)
                .orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
        return send(user);
    }

    @Override
    public VerificationMail sendVerificationCode(SendVerificationCodeCommand command) {
        mails.requireAllowed(command.callbackUrl());
        var user = users.findById(command.userId()).filter(User::active)
                .orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
        if (!user.email().key().equals(command.email().key())) {
            throw new AuthError.UserNotFound().exception(); // not an address of this account
        }
        limits.check("send-verification", user.email(), command.clientAddress());
        return send(user, Optional.of(command.callbackUrl()));
    }

    private VerificationMail send(User user) {
        return send(user, Optional.empty());
    }

    private VerificationMail send(User user, Optional<CallbackUrl> callback) {
        if (user.emailVerified()) {
            return VerificationMail.ALREADY_VERIFIED;
        }
        mails.sendVerification(user, callback);
        return VerificationMail.SENT;
    }

    @Override
    public void verifyEmail(TokenCommand command) {
        var now = clock.now();
        var token = tokens.findByHash(TokenDigest.of(command.token()))
                .filter(candidate -> candidate.isUsableFor(OneTimeToken.Purpose.VERIFY_EMAIL, now))
                .orElseThrow(() -> new AuthError.InvalidVerificationToken().exception());
        var user = users.findById(token.userId()).orElseThrow(() -> new AuthError.UserNotFound().exception());
        // A token proves the address it was sent to, not one the account has changed to since.
        if (!user.email().key().equals(token.emailKey()) || !tokens.consume(token.id(), now)) {
            throw new AuthError.InvalidVerificationToken().exception();
        }
        users.markEmailVerified(user.id());
        tokens.invalidateAll(user.id(), OneTimeToken.Purpose.VERIFY_EMAIL, now);
    }
}
