package dev.warden.application.selfservice.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.account.service.MailRequestLimits;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.selfservice.port.in.ChangeEmailCommand;
import dev.warden.application.selfservice.port.in.ChangeEmailUseCase;
import dev.warden.application.selfservice.port.in.EmailChangeTokenCommand;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.token.OneTimeToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;

/**
 * Moving an account to a new address: asked for by its signed-in owner (who confirms it as for a new password, since
 * whoever controls the address can reset the password) from a verified address, done when the link mailed to the new
 * address is followed.
 * The link is mailed whether or not another account has that address, so that the answer tells nothing about other
 * accounts; such a link then fails (EmailTaken) unless the address is free by the time it is followed.
 */
public final class ChangeEmailService implements ChangeEmailUseCase {
    private final Reauthenticator reauthenticator;
    private final UserRepository users;
    private final OneTimeTokenStore tokens;
    private final AccountMails mails;
    private final MailRequestLimits limits;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;

    public ChangeEmailService(Reauthenticator reauthenticator, UserRepository users, OneTimeTokenStore tokens,
                              AccountMails mails, MailRequestLimits limits, AuditLog audit, IdGenerator ids,
                              Clock clock) {
        this.reauthenticator = reauthenticator;
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.limits = limits;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void requestEmailChange(ChangeEmailCommand command) {
        var newEmail = command.newEmail();
        var user = reauthenticator.account(command.caller());
        // An address never verified may be someone else's, registered by a squatter who waits for its owner to claim
        // the account (a mailed code, an identity provider): a link the squatter holds must not move it away then.
        if (!user.emailVerified()) {
            throw new AuthError.EmailNotVerified().exception();
        }
        if (user.email().value().equals(newEmail.value())) {
            throw AuthError.ConflictsWithAccount.of(ChangeEmailCommand.FIELD, Reason.CURRENT_ADDRESS).exception();
        }
        mails.requireDeliverable(newEmail, ChangeEmailCommand.FIELD);
        reauthenticator.confirm(user, command.proof(), command.clientAddress());
        limits.check("change-email", newEmail, command.clientAddress());
        mails.sendEmailChange(user, newEmail);
        mails.notifyEmailChangeRequested(user, newEmail);
    }

    @Override
    public void confirmEmailChange(EmailChangeTokenCommand command) {
        var now = clock.now();
        var token = tokens.findByHash(TokenDigest.of(command.token()))
                .filter(candidate -> candidate.isUsableFor(OneTimeToken.Purpose.CHANGE_EMAIL, now))
                .orElseThrow(ChangeEmailService::invalid);
        var newEmail = token.newEmail().orElseThrow(ChangeEmailService::invalid);
        // the link moves the account from the address it had when the change was asked for, and only from that one
        var user = users.findById(token.userId()).filter(User::active).filter(User::emailVerified)
                .filter(account -> account.email().key().equals(token.emailKey()))
                .orElseThrow(ChangeEmailService::invalid);
        if (users.findByEmailKey(newEmail.key()).filter(other -> !other.id().equals(user.id())).isPresent()) {
            throw new AuthError.EmailTaken().exception();
        }
        if (!tokens.consume(token.id(), now)) {
            throw invalid();
        }
        users.update(user.withConfirmedEmail(newEmail)); // EmailTaken when another account took it meanwhile
        // links mailed to the old address, or to other new ones, speak for an address that is no longer the account's
        for (var purpose : OneTimeToken.Purpose.values()) {
            tokens.invalidateAll(user.id(), purpose, now);
        }
        mails.notifyEmailChanged(user, newEmail);
        audit.record(new AuditEntry(ids.newId(), now, user.id(), "change-email", user.id(),
                "from=" + user.email().value() + ", to=" + newEmail.value(), command.clientAddress()));
    }

    private static RuntimeException invalid() {
        return new AuthError.InvalidEmailChangeToken().exception();
    }
}
