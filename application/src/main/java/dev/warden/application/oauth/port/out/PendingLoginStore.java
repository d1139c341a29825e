package dev.warden.application.oauth.port.out;

import java.time.Instant;
import java.util.Optional;

/** Short-lived pre-login state of identity-provider sign-ins. */
public interface PendingLoginStore {

    void save(PendingLogin login);

    /** Removes and returns the pending login with that state hash, unless it expired: a state works once. */
    Optional<PendingLogin> take(String stateHash, Instant now);
}
