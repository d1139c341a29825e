package dev.warden.adapter.memory;

import dev.warden.application.oauth.port.out.PendingLoginStore;
import dev.warden.application.oauth.port.out.PendingLoginStoreContract;

class InMemoryPendingLoginStoreTest extends PendingLoginStoreContract {
    private final InMemoryPendingLoginStore store = new InMemoryPendingLoginStore();

    @Override
    protected PendingLoginStore store() {
        return store;
    }
}
