package dev.warden.adapter.memory;

import dev.warden.application.selfservice.port.out.ClientMetadataStore;
import dev.warden.application.selfservice.port.out.ClientMetadataStoreContract;
import dev.warden.domain.user.UserId;
import java.util.UUID;

class InMemoryClientMetadataStoreTest extends ClientMetadataStoreContract {
    private final InMemoryClientMetadataStore store = new InMemoryClientMetadataStore();

    @Override
    protected ClientMetadataStore store() {
        return store;
    }

    @Override
    protected UserId storedUser() {
        return new UserId(UUID.randomUUID());
    }
}
