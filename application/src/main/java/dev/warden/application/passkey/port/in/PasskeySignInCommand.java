package dev.warden.application.passkey.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.session.ClientInfo;
import java.util.LinkedHashMap;
import java.util.List;

/** The challenge id of the sign-in options, the browser's assertion (AuthenticationResponseJSON), and the client. */
public record PasskeySignInCommand(String challengeId, String credentialJson, ClientInfo client) {
    public PasskeySignInCommand {
        client = client == null ? ClientInfo.UNKNOWN : client;
        var missing = new LinkedHashMap<String, List<Reason>>();
        if (challengeId == null || challengeId.isBlank()) {
            missing.put("challenge_id", List.of(Reason.BLANK));
        }
        if (credentialJson == null || credentialJson.isBlank()) {
            missing.put("credential", List.of(Reason.BLANK));
        }
        if (!missing.isEmpty()) {
            throw new AuthError.InvalidInput(missing).exception();
        }
    }

    @Override
    public String toString() {
        return "PasskeySignInCommand[client=" + client + "]";
    }
}
