package dev.warden.application.mail.port.out;

import dev.warden.domain.token.SignInCode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Mailed one-time sign-in codes, by the hash of their nonce. */
public interface SignInCodeStore {

    /** Stores the code; codes expired at its issue may be forgotten at the same time (they are dead anyway). */
    void add(SignInCode code);

    /**
     * Counts one attempt against the code with this nonce hash, atomically, if it is still usable at {@code now}
     * (unused, unexpired, fewer than {@link SignInCode#MAX_ATTEMPTS} attempts), and answers it with that attempt
     * counted; empty otherwise. However many attempts arrive together, at most the allowed number get the code.
     */
    Optional<SignInCode> claimAttempt(String nonceHash, Instant now);

    /** Uses the code if, and only if, it is still unused; false when another request used it first. */
    boolean consume(UUID id, Instant usedAt);

    /**
     * Housekeeping: deletes at most {@code batch} codes that expired at or before {@code now} or were used; returns how
     * many went.
     */
    int purgeExpired(Instant now, int batch);
}
