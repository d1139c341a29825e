package dev.warden.adapter.memory;

import dev.warden.application.passkey.port.out.PasskeyChallengeStore;
import dev.warden.domain.passkey.PasskeyChallenge;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** WebAuthn challenges in process memory; expired ones are dropped as new ones arrive. */
public final class InMemoryPasskeyChallengeStore implements PasskeyChallengeStore {
    private final Map<String, PasskeyChallenge> byKey = new ConcurrentHashMap<>();

    @Override
    public void add(PasskeyChallenge challenge) {
        var issuedAt = challenge.expiresAt().minus(PasskeyChallenge.TTL);
        byKey.values().removeIf(stored -> !stored.expiresAt().isAfter(issuedAt));
        byKey.put(challenge.key(), challenge);
    }

    @Override
    public Optional<PasskeyChallenge> take(String key, Instant now) {
        return Optional.ofNullable(byKey.remove(key)).filter(challenge -> challenge.usableAt(now));
    }
}
