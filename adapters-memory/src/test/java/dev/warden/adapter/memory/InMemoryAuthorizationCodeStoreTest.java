package dev.warden.adapter.memory;

import dev.warden.application.oauth.port.out.AuthorizationCodeStore;
import dev.warden.application.oauth.port.out.AuthorizationCodeStoreContract;

class InMemoryAuthorizationCodeStoreTest extends AuthorizationCodeStoreContract {
    private final InMemoryAuthorizationCodeStore store = new InMemoryAuthorizationCodeStore();

    @Override
    protected AuthorizationCodeStore store() {
        return store;
    }
}
