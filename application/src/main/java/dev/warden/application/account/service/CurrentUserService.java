package dev.warden.application.account.service;

import dev.warden.application.account.port.in.CurrentUserCommand;
import dev.warden.application.account.port.in.CurrentUserUseCase;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;

public final class CurrentUserService implements CurrentUserUseCase {
    private final UserRepository users;

    public CurrentUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public User currentUser(CurrentUserCommand command) {
        return command.known().filter(known -> known.id().equals(command.userId()))
                .or(() -> users.findById(command.userId()))
                .filter(User::active)
                .orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
    }
}
