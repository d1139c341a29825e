package dev.warden.adapter.memory;

import dev.warden.application.port.out.SigningKeyStore;
import dev.warden.application.port.out.SigningKeyStoreContract;

class InMemorySigningKeyStoreTest extends SigningKeyStoreContract {
    private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();

    @Override
    protected SigningKeyStore store() {
        return store;
    }
}
