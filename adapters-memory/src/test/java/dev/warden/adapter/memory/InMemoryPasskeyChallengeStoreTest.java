package dev.warden.adapter.memory;

import dev.warden.application.port.out.PasskeyChallengeStore;
import dev.warden.application.port.out.PasskeyChallengeStoreContract;

class InMemoryPasskeyChallengeStoreTest extends PasskeyChallengeStoreContract {
    private final InMemoryPasskeyChallengeStore store = new InMemoryPasskeyChallengeStore();

    @Override
    protected PasskeyChallengeStore store() {
        return store;
    }
}
