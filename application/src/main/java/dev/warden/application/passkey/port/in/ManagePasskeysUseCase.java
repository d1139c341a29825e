package dev.warden.application.passkey.port.in;

import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.passkey.Passkey;
import java.util.List;
import java.util.UUID;

/** A signed-in user's passkeys: register one (options, then the browser's response), list them, delete one. */
public interface ManagePasskeysUseCase {

    /** Creation options for the caller's browser, with a new registration challenge (5 minutes, single use). */
    PasskeyCreationOptions registrationOptions(Caller caller);

    /**
     * Verifies the browser's registration response against one of the caller's live registration challenges (the
     * one its client data names) and stores the passkey. Fails with InvalidPasskey, or PasskeyAlreadyRegistered.
     */
    Passkey register(RegisterPasskeyCommand command);

    /** The caller's passkeys, oldest first. */
    List<Passkey> list(Caller caller);

    /** Deletes one of the caller's passkeys; PasskeyNotFound for an unknown id or another user's. */
    void delete(Caller caller, UUID passkeyId);
}
