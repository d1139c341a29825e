package dev.warden.adapter.memory;

import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.application.secondfactor.port.out.MfaChallengeStoreContract;

class InMemoryMfaChallengeStoreTest extends MfaChallengeStoreContract {
    private final InMemoryMfaChallengeStore store = new InMemoryMfaChallengeStore();

    @Override
    protected MfaChallengeStore store() {
        return store;
    }
}
