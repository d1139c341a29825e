package dev.warden.adapter.memory;

import static dev.warden.application.account.port.out.TestUsers.unique;
import static dev.warden.application.account.port.out.TestUsers.user;

import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.RefreshTokenStoreContract;
import dev.warden.domain.user.UserId;

class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {
    private final InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected RefreshTokenStore store() {
        return store;
    }

    @Override
    protected UserId storedUser() {
        var name = unique("owner");
        var user = user(name, name + "@example.com");
        users.add(user);
        return user.id();
    }
}
