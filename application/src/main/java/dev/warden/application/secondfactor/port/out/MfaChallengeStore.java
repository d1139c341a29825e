package dev.warden.application.secondfactor.port.out;

import dev.warden.domain.mfa.MfaChallenge;
import java.time.Instant;
import java.util.Optional;

/** Logins waiting for their second factor, by the hash of their mfa_token; short-lived (minutes). */
public interface MfaChallengeStore {

    void add(MfaChallenge challenge);

    /**
     * Counts one attempt against the challenge, atomically, if it is still usable at {@code now} (unexpired,
     * unused, fewer than {@link MfaChallenge#MAX_ATTEMPTS} attempts), and answers it with that attempt counted;
     * empty otherwise. However many attempts arrive together, at most the allowed number get the challenge.
     */
    Optional<MfaChallenge> claimAttempt(String tokenHash, Instant now);

    /** Ends the challenge; true for the one caller that ended it, false when it was already gone. */
    boolean consume(String tokenHash);
}
