package dev.warden.application.selfservice.port.in;

import dev.warden.application.shared.port.in.Caller;

/** A signed-in user reads their profile, and changes what a stolen session may change of it. */
public interface ProfileUseCase {

    /** The caller's profile. Fails with AuthenticationRequired when the account is gone or deactivated. */
    Profile profile(Caller caller);

    /**
     * Changes the fields the command has, all or none: the display name (persisted, so every client reads it), the
     * client's metadata, and TOTP, which an enrolled secret enables at once ({@link dev.warden.application.secondfactor.port.in.ManageTotpUseCase#enrol}).
     * Fails with InvalidInput, every field the account refuses at once (the command checked the rest): removing an
     * enabled second factor (RemovalNeedsCode: that takes a code of it), another passkey state or address than the
     * account's (Unchangeable); with
     * MfaAlreadyEnabled for a secret when TOTP is enabled; with AuthenticationRequired as {@link #profile}. Answers
     * the profile as changed.
     */
    Profile update(UpdateProfileCommand command);
}
