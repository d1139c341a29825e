package dev.warden.adapter.memory;

import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.application.secondfactor.port.out.TotpStoreContract;
import dev.warden.domain.user.UserId;
import java.util.UUID;

class InMemoryTotpStoreTest extends TotpStoreContract {
    private final InMemoryTotpStore store = new InMemoryTotpStore();

    @Override
    protected TotpStore store() {
        return store;
    }

    @Override
    protected UserId storedUser() {
        return new UserId(UUID.randomUUID());
    }
}
