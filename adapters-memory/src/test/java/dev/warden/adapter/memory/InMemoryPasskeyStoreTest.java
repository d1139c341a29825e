package dev.warden.adapter.memory;

import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.passkey.port.out.PasskeyStoreContract;
import dev.warden.domain.user.UserId;
import java.util.UUID;

class InMemoryPasskeyStoreTest extends PasskeyStoreContract {
    private final InMemoryPasskeyStore store = new InMemoryPasskeyStore();

    @Override
    protected PasskeyStore store() {
        return store;
    }

    @Override
    protected UserId storedUser() {
        return new UserId(UUID.randomUUID());
    }
}
