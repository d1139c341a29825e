package dev.warden.application.secondfactor.service;

import dev.warden.domain.user.UserId;

/**
 * Proof of the account's second factor by a caller who is already signed in, for changes that would otherwise let a
 * stolen session get around it for good (adding a passkey, which signs in without TOTP).
 */
public interface SecondFactorProof {

    /** Whether the account has a second factor enabled. */
    boolean enabled(UserId userId);

    /** Accepts a code of the account's second factor (once, under the lockout rules); InvalidCode otherwise. */
    void prove(UserId userId, String code, String clientAddress);
}
