package dev.warden.adapter.memory;

import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.domain.mfa.MfaChallenge;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Logins waiting for their second factor, in process memory; expired ones are dropped as new ones arrive. */
public final class InMemoryMfaChallengeStore implements MfaChallengeStore {
    private final Map<String, MfaChallenge> byTokenHash = new ConcurrentHashMap<>();

    @Override
    public void add(MfaChallenge challenge) {
        var issuedAt = challenge.expiresAt().minus(MfaChallenge.TTL);
        byTokenHash.values().removeIf(stored -> !stored.expiresAt().isAfter(issuedAt));
        byTokenHash.put(challenge.tokenHash(), challenge);
    }

    @Override
    public Optional<MfaChallenge> claimAttempt(String tokenHash, Instant now) {
        var claimed = new MfaChallenge[1];
        byTokenHash.computeIfPresent(tokenHash, (key, challenge) -> {
            if (!challenge.usableAt(now)) {
                return null; // expired or out of attempts: dead for good
            }
            claimed[0] = challenge.withAttempt();
            return claimed[0];
        });
        return Optional.ofNullable(claimed[0]);
    }

    @Override
    public boolean consume(String tokenHash) {
        return byTokenHash.remove(tokenHash) != null;
    }
}
