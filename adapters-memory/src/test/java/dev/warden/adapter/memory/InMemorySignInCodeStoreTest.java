package dev.warden.adapter.memory;

import dev.warden.application.mail.port.out.SignInCodeStore;
import dev.warden.application.mail.port.out.SignInCodeStoreContract;

class InMemorySignInCodeStoreTest extends SignInCodeStoreContract {
    private final InMemorySignInCodeStore store = new InMemorySignInCodeStore();

    @Override
    protected SignInCodeStore store() {
        return store;
    }
}
