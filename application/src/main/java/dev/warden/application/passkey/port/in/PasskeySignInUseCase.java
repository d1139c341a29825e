package dev.warden.application.passkey.port.in;

import java.util.Optional;

/** Sign-in with a passkey: request options with a new challenge, then the browser's signed assertion. */
public interface PasskeySignInUseCase {

    /**
     * Request options and the id of their challenge (5 minutes, single use). With a username or email, the challenge
     * is for that account and the options list its passkeys; without, any discoverable passkey may answer.
     */
    PasskeyRequestOptions signInOptions(Optional<String> identifier);

    /**
     * Verifies the assertion against the challenge and the stored passkey and issues a token pair. Fails with
     * InvalidPasskey for anything that does not verify, AccountDisabled, or MfaRequired when the authenticator did not
     * verify the user and the account has a second factor.
     */
    PasskeySignIn signIn(PasskeySignInCommand command);
}
