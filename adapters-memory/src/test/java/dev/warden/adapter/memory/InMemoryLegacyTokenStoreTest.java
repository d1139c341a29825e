package dev.warden.adapter.memory;

import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.legacy.port.out.LegacyTokenStoreContract;
import dev.warden.domain.user.UserId;
import java.util.UUID;

class InMemoryLegacyTokenStoreTest extends LegacyTokenStoreContract {
    private final InMemoryLegacyTokenStore store = new InMemoryLegacyTokenStore();

    @Override
    protected LegacyTokenStore store() {
        return store;
    }

    @Override
    protected UserId storedUser() {
        return new UserId(UUID.randomUUID());
    }
}
