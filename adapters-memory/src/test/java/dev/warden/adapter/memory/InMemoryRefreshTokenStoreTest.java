package dev.warden.adapter.memory;

import static dev.warden.application.account.port.out.TestUsers.storedIn;

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
        return storedIn(users, "owner").id();
    }
}
