package dev.warden.adapter.memory;

import dev.warden.application.signingkey.port.out.SigningKeyStore;
import dev.warden.application.signingkey.port.out.SigningKeyStoreContract;

class InMemorySigningKeyStoreTest extends SigningKeyStoreContract {
    private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();

    @Override
    protected SigningKeyStore store() {
        return store;
    }
}
