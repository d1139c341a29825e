package dev.warden.application.port.in;

import dev.warden.domain.error.AuthError;
import java.util.LinkedHashMap;
import java.util.List;

/** {@code identifier} is a username or an email address. */
public record LoginCommand(String identifier, String password) {
    public LoginCommand {
        var missing = new LinkedHashMap<String, List<String>>();
        if (identifier == null || identifier.isBlank()) {
            missing.put("username", List.of("must not be blank"));
        }
        if (password == null || password.isEmpty()) {
            missing.put("password", List.of("must not be blank"));
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
