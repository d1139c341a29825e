package dev.warden.adapter.memory;

import static dev.warden.application.account.port.out.TestUsers.unique;
import static dev.warden.application.account.port.out.TestUsers.user;

import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.application.token.port.out.RevokedAccessTokensContract;
import dev.warden.domain.user.UserId;

class InMemoryRevokedAccessTokensTest extends RevokedAccessTokensContract {
    private final InMemoryRevokedAccessTokens revocations = new InMemoryRevokedAccessTokens();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected RevokedAccessTokens revocations() {
        return revocations;
    }

    @Override
    protected UserId storedUser() {
        var name = unique("owner");
        var user = user(name, name + "@example.com");
        users.add(user);
        return user.id();
    }
}
