package dev.warden.application.admin.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.admin.port.in.AuthorizeUseCase;
import dev.warden.domain.guard.Guard;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;

public final class AuthorizeService implements AuthorizeUseCase {
    private final UserRepository users;

    public AuthorizeService(UserRepository users) {
        this.users = users;
    }

    @Override
    public User authorize(UserId caller, Guard guard) {
        var user = users.findById(caller);
        guard.check(user).ifPresent(refusal -> {
            throw refusal.exception();
        });
        return user.orElseThrow();
    }
}
