package dev.warden.application.secondfactor.port.out;

import dev.warden.domain.mfa.TotpEnrollment;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Users' TOTP authenticators (secrets sealed by {@link SecretBox}) and their recovery codes (hashed). */
public interface TotpStore {

    Optional<TotpEnrollment> find(UserId userId);

    /**
     * Stores a pending authenticator for the user, replacing a pending one; false, changing nothing, when the
     * user already has an enabled one.
     */
    boolean savePending(TotpEnrollment enrollment);

    /**
     * Enables the pending authenticator whose sealed secret is {@code sealedSecret} (the one the code was checked
     * against: a setup in between makes this fail), records {@code step} as its last used step, and replaces the
     * user's recovery codes with these hashes, all at once; false, changing nothing, when that authenticator is
     * no longer the pending one.
     */
    boolean enable(UserId userId, byte[] sealedSecret, Instant enabledAt, long step, Set<String> recoveryCodeHashes);

    /**
     * Records {@code step} as the last used step of the user's enabled authenticator if it is later than the one
     * recorded; false when it is not (the code, or a later one, was already accepted: a replay) or there is none.
     */
    boolean advanceStep(UserId userId, long step);

    /** Uses one of the user's recovery codes: true when it existed and was unused (it is then gone). */
    boolean useRecoveryCode(UserId userId, String codeHash);

    /** How many unused recovery codes the user has left. */
    int recoveryCodesLeft(UserId userId);

    /** Forgets the user's authenticator and recovery codes; false when there was none. */
    boolean delete(UserId userId);
}
