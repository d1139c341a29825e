package dev.warden.application.service;

import dev.warden.application.port.in.EnsureAdministratorUseCase;
import dev.warden.application.port.in.RegisterCommand;
import dev.warden.application.port.out.UserRepository;
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

    @Override
    public boolean ensureAdministrator(RegisterCommand command) {
        if (users.findByUsernameKey(Username.keyOf(command.username())).isPresent()
                || users.findByEmailKey(Email.keyOf(command.email())).isPresent()) {
            return false;
        }
        try {
            users.add(accounts.newAccount(command).asBootstrapAdministrator());
            return true;
        } catch (AuthException e) {
            if (e.error() instanceof AuthError.UsernameTaken || e.error() instanceof AuthError.EmailTaken) {
                return false; // another instance created it first
            }
            throw e;
        }
    }
}
