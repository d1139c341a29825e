package dev.warden.application.selfservice.service;

import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.selfservice.port.in.ChangePasswordCommand;
import dev.warden.application.selfservice.port.in.ChangePasswordUseCase;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.password.PasswordPolicy;
import dev.warden.domain.token.OneTimeToken;

public final class ChangePasswordService implements ChangePasswordUseCase {
    private final Reauthenticator reauthenticator;
    private final UserRepository users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final OneTimeTokenStore tokens;
    private final SignOuts signOuts;
    private final AccountMails mails;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;

    public ChangePasswordService(Reauthenticator reauthenticator, UserRepository users, PasswordPolicy policy,
                                 PasswordHasher hasher, OneTimeTokenStore tokens, SignOuts signOuts,
                                 AccountMails mails, AuditLog audit, IdGenerator ids, Clock clock) {
        this.reauthenticator = reauthenticator;
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.tokens = tokens;
        this.signOuts = signOuts;
        this.mails = mails;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        var user = reauthenticator.account(command.caller());
        var reasons = policy.violations(command.newPassword(), user.username(), user.email());
        if (!reasons.isEmpty()) {
            throw new AuthError.WeakPassword(reasons).exception();
        }
        reauthenticator.confirm(user, command.proof(), command.clientAddress());
        users.replacePasswordHash(user.id(), hasher.hash(command.newPassword()));
        var now = clock.now();
        // links mailed before the change would undo it: a reset, or a move of the account to another address
        tokens.invalidateAll(user.id(), OneTimeToken.Purpose.RESET_PASSWORD, now);
        tokens.invalidateAll(user.id(), OneTimeToken.Purpose.CHANGE_EMAIL, now);
        signOuts.everywhereElse(command.caller(), now);
        mails.notifyPasswordChanged(user);
        audit.record(new AuditEntry(ids.newId(), now, user.id(), "change-password", user.id(), "",
                command.clientAddress()));
    }
}
