package dev.warden.application.passkey.port.in;

import java.time.Duration;
import java.util.List;

/**
 * What {@code navigator.credentials.get()} needs (PublicKeyCredentialRequestOptions), and the id that finds the
 * challenge again at sign-in. User verification is preferred; an empty {@code allowCredentials} lets any
 * discoverable passkey answer.
 */
public record PasskeyRequestOptions(String challengeId, byte[] challenge, String rpId, Duration timeout,
                                    List<PasskeyDescriptor> allowCredentials) {
    public PasskeyRequestOptions {
        challenge = challenge.clone();
        allowCredentials = List.copyOf(allowCredentials);
    }

    @Override
    public byte[] challenge() {
        return challenge.clone();
    }

    @Override
    public String toString() {
        return "PasskeyRequestOptions[" + rpId + ", " + allowCredentials.size() + " allowed]";
    }
}
