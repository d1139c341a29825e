package dev.warden.application.signingkey.port.in;

import dev.warden.application.admin.port.in.Actor;
import java.time.Instant;
import java.util.Optional;

/** An administrator replaces the token signing key now (the guard is applied before); the change is audited. */
public interface RotateSigningKeyUseCase {

    /**
     * A new key signs from now on, on every instance; the one it replaces verifies its tokens until they are over
     * ({@code previousRetiresAt}). When another instance made a new key at the same moment, that one is the answer.
     */
    Rotated rotate(Actor actor);

    /** The previous key is absent only when there was none (the store was emptied by hand). */
    record Rotated(String keyId, Instant createdAt, Optional<String> previousKeyId,
                   Optional<Instant> previousRetiresAt) {}
}
