package dev.warden.application.account.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.session.ClientInfo;
import java.util.LinkedHashMap;
import java.util.List;

/** Sign-up input as the client sent it; {@code client} is where the request came from. */
public record EmailSignUpCommand(String email, String password, ClientInfo client) {
    public EmailSignUpCommand {
        client = client == null ? ClientInfo.UNKNOWN : client;
        var missing = new LinkedHashMap<String, List<Reason>>();
        if (email == null || email.isBlank()) {
            missing.put("email", List.of(Reason.BLANK));
        }
        if (password == null || password.isEmpty()) {
            missing.put("password", List.of(Reason.BLANK));
        }
        if (!missing.isEmpty()) {
            throw new AuthError.InvalidInput(missing).exception();
        }
    }

    @Override
    public String toString() {
        return "EmailSignUpCommand[email=" + email + "]";
    }
}
