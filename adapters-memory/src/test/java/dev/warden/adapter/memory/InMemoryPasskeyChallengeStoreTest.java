package dev.warden.adapter.memory;

import dev.warden.application.passkey.port.out.PasskeyChallengeStore;
import dev.warden.application.passkey.port.out.PasskeyChallengeStoreContract;

class InMemoryPasskeyChallengeStoreTest extends PasskeyChallengeStoreContract {
    private final InMemoryPasskeyChallengeStore store = new InMemoryPasskeyChallengeStore();

    @Override
    protected PasskeyChallengeStore store() {
        return store;
    }
}
