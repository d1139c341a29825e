package dev.warden.application.passkey.port.in;

import java.time.Duration;
import java.util.List;

/**
 * What {@code navigator.credentials.create()} needs (PublicKeyCredentialCreationOptions): the relying party, the
 * user (handle, name, display name), the challenge, the accepted COSE algorithms, the timeout and the credentials
 * the user already has. Resident keys and user verification are preferred; no attestation is asked for.
 */
public record PasskeyCreationOptions(String rpId, String rpName, byte[] userHandle, String userName,
                                     String userDisplayName, byte[] challenge, List<Long> algorithms,
                                     Duration timeout, List<PasskeyDescriptor> excludeCredentials) {
    public PasskeyCreationOptions {
        userHandle = userHandle.clone();
        challenge = challenge.clone();
        algorithms = List.copyOf(algorithms);
        excludeCredentials = List.copyOf(excludeCredentials);
    }

    @Override
    public byte[] userHandle() {
        return userHandle.clone();
    }

    @Override
    public byte[] challenge() {
        return challenge.clone();
    }
}
