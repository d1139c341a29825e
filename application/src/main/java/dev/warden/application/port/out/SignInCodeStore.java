package dev.warden.application.port.out;

import dev.warden.domain.token.SignInCode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Mailed one-time sign-in codes, by their nonce. */
public interface SignInCodeStore {

    void add(SignInCode code);

    Optional<SignInCode> findByNonce(String nonce);

    /** Counts one more wrong code against it, atomically (concurrent wrong codes all count). */
    void recordFailure(UUID id);

    /** Uses the code if, and only if, it is still unused; false when another request used it first. */
    boolean consume(UUID id, Instant usedAt);
}
