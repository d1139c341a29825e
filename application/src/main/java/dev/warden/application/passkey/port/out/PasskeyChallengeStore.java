package dev.warden.application.passkey.port.out;

import dev.warden.domain.passkey.PasskeyChallenge;
import java.time.Instant;
import java.util.Optional;

/** WebAuthn challenges handed out and not yet used, by their key; short-lived (minutes). */
public interface PasskeyChallengeStore {

    void add(PasskeyChallenge challenge);

    /**
     * Removes and answers the challenge with that key if it is still usable at {@code now}; empty otherwise. However
     * many callers take it together, at most one gets it.
     */
    Optional<PasskeyChallenge> take(String key, Instant now);
}
