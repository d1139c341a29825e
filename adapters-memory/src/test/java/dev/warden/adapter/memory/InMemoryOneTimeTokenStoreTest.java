package dev.warden.adapter.memory;

import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.mail.port.out.OneTimeTokenStoreContract;
import dev.warden.domain.user.UserId;
import java.util.UUID;

class InMemoryOneTimeTokenStoreTest extends OneTimeTokenStoreContract {
    private final InMemoryOneTimeTokenStore store = new InMemoryOneTimeTokenStore();

    @Override
    protected OneTimeTokenStore store() {
        return store;
    }

    @Override
    protected UserId storedUser() {
        return new UserId(UUID.randomUUID());
    }
}
