package dev.warden.adapter.memory;

import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.session.port.out.SessionStoreContract;

class InMemorySessionStoreTest extends SessionStoreContract {
    private final InMemorySessionStore store = new InMemorySessionStore();

    @Override
    protected SessionStore store() {
        return store;
    }
}
