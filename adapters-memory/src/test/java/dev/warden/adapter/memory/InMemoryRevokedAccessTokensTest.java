package dev.warden.adapter.memory;

import static dev.warden.application.account.port.out.TestUsers.storedIn;

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
        return storedIn(users, "owner").id();
    }
}
