package dev.warden.application.admin.service;

import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.AccountFactory;
import dev.warden.application.admin.port.in.EnsureAdministratorResult;
import dev.warden.application.admin.port.in.EnsureAdministratorUseCase;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.Username;

public final class EnsureAdministratorService implements EnsureAdministratorUseCase {
    private final AccountFactory accounts;
    private final UserRepository users;

    public EnsureAdministratorService(AccountFactory accounts, UserRepository users) {
        this.accounts = accounts;
        this.users = users;
    }

    /**
     * The account is the operator's when both its username and its email are the configured ones and the email is
     * verified, as it was at creation: an account registered with them by someone else, who could not verify the
     * operator's address, is never promoted.
     */
    @Override
    public EnsureAdministratorResult ensureAdministrator(RegisterCommand command) {
        var byName = users.findByUsernameKey(Username.keyOf(command.username()));
        var byEmail = users.findByEmailKey(Email.keyOf(command.email()));
        if (byName.isEmpty() && byEmail.isEmpty()) {
            return create(command);
        }
        if (byName.isEmpty() || !byName.equals(byEmail) || !byName.get().emailVerified()) {
            return EnsureAdministratorResult.TAKEN;
        }
        var admin = byName.get();
        if (admin.activeSuperuser()) {
            return EnsureAdministratorResult.PRESENT;
        }
        users.update(admin.asBootstrapAdministrator());
        return EnsureAdministratorResult.RESTORED;
    }

    private EnsureAdministratorResult create(RegisterCommand command) {
        try {
            users.add(accounts.newAccount(command).asBootstrapAdministrator());
            return EnsureAdministratorResult.CREATED;
        } catch (AuthException e) {
            if (e.error() instanceof AuthError.UsernameTaken || e.error() instanceof AuthError.EmailTaken) {
                return EnsureAdministratorResult.PRESENT; // another instance created it first
            }
            throw e;
        }
    }
}
