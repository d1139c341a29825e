package dev.warden.application.secondfactor.port.in;

import dev.warden.application.shared.port.in.Caller;
import java.util.List;

/** A signed-in user's TOTP second factor: set up an authenticator, enable it with a first code, disable it. */
public interface ManageTotpUseCase {

    /** A new secret for the caller's authenticator app; pending (not asked at login) until enabled. */
    TotpSetup setup(Caller caller);

    /** Enables the pending authenticator with a code from it; answers the ten recovery codes, shown this once. */
    List<String> enable(SecondFactorCommand command);

    /**
     * Enables TOTP at once with a secret the caller's own client made (as Stack's SDK does: it shows the secret to
     * the user's authenticator app itself, and no first code is asked); no recovery codes are made, as nothing
     * would show them. From then on a sign-in with the password asks a code. Fails with MfaAlreadyEnabled, and
     * nothing changes.
     */
    void enrol(Caller caller, TotpSecret secret);

    /** Disables TOTP with a code from the authenticator or a recovery code; the recovery codes die with it. */
    void disable(SecondFactorCommand command);
}
