package dev.warden.adapter.memory;

import dev.warden.application.oauth.port.out.PendingLogin;
import dev.warden.application.oauth.port.out.PendingLoginStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Pending identity-provider sign-ins in process memory; expired ones are dropped as new ones arrive. */
public final class InMemoryPendingLoginStore implements PendingLoginStore {
    private final Map<String, PendingLogin> byStateHash = new ConcurrentHashMap<>();

    @Override
    public void save(PendingLogin login) {
        if (byStateHash.size() > 10_000) {
            var now = Instant.now();
            byStateHash.values().removeIf(pending -> !now.isBefore(pending.expiresAt()));
        }
        byStateHash.put(login.stateHash(), login);
    }

    @Override
    public Optional<PendingLogin> take(String stateHash, Instant now) {
        return Optional.ofNullable(byStateHash.remove(stateHash)).filter(login -> now.isBefore(login.expiresAt()));
    }
}
