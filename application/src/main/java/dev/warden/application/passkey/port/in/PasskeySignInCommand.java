package dev.warden.application.passkey.port.in;

import dev.warden.domain.error.Required;
import dev.warden.domain.session.ClientInfo;

/** The challenge id of the sign-in options, the browser's assertion (AuthenticationResponseJSON), and the client. */
public record PasskeySignInCommand(String challengeId, String credentialJson, ClientInfo client) {
    public PasskeySignInCommand {
        client = client == null ? ClientInfo.UNKNOWN : client;
        Required.fields().text("challenge_id", challengeId).text("credential", credentialJson).check();
    }

    @Override
    public String toString() {
        return "PasskeySignInCommand[client=" + client + "]";
    }
}
