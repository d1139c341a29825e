package dev.warden.application.selfservice.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.selfservice.port.in.DeleteAccountCommand;
import dev.warden.application.selfservice.port.in.DeleteAccountUseCase;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.error.AuthError;

/**
 * An owner deletes their account, as an administrator's delete does (every sign-in ended first, access tokens
 * revoked, then the account with what the store keeps with it; the audit trail keeps the event), after confirming it.
 */
public final class DeleteAccountService implements DeleteAccountUseCase {
    private final Reauthenticator reauthenticator;
    private final UserRepository users;
    private final SignOuts signOuts;
    private final SecondFactorGate secondFactors;
    private final AccountMails mails;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;

    public DeleteAccountService(Reauthenticator reauthenticator, UserRepository users, SignOuts signOuts,
                                SecondFactorGate secondFactors, AccountMails mails, AuditLog audit, IdGenerator ids,
                                Clock clock) {
        this.reauthenticator = reauthenticator;
        this.users = users;
        this.signOuts = signOuts;
        this.secondFactors = secondFactors;
        this.mails = mails;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void deleteAccount(DeleteAccountCommand command) {
        var user = reauthenticator.account(command.caller());
        // a superuser could be the last one, and nobody would be left to administer the service
        if (user.superuser()) {
            throw new AuthError.CannotDeleteSelf().exception();
        }
        reauthenticator.confirm(user, command.proof(), command.clientAddress());
        signOuts.everywhere(user.id(), clock.now());
        secondFactors.removeSecondFactor(user.id());
        users.delete(user.id());
        mails.notifyAccountDeleted(user);
        audit.record(new AuditEntry(ids.newId(), clock.now(), user.id(), "delete-own-account", user.id(),
                "username=" + user.username().value(), command.clientAddress()));
    }
}
