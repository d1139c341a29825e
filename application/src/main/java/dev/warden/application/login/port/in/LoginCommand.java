package dev.warden.application.login.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.session.ClientInfo;
import java.util.LinkedHashMap;
import java.util.List;

/** {@code identifier} is a username or an email address; {@code client} is where the request came from. */
public record LoginCommand(String identifier, String password, ClientInfo client) {
    public LoginCommand(String identifier, String password) {
        this(identifier, password, ClientInfo.UNKNOWN);
    }

    public LoginCommand {
        client = client == null ? ClientInfo.UNKNOWN : client;
        var missing = new LinkedHashMap<String, List<Reason>>();
        if (identifier == null || identifier.isBlank()) {
            missing.put("username", List.of(Reason.BLANK));
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
        return "LoginCommand[identifier=" + identifier + "]";
    }
}
