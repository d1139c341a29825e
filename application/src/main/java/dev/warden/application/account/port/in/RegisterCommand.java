package dev.warden.application.account.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import java.util.LinkedHashMap;
import java.util.List;

/** Registration input as the client sent it; names are optional, the rest is required. */
public record RegisterCommand(String username, String email, String password, String firstName, String lastName) {
    public RegisterCommand {
        var missing = new LinkedHashMap<String, List<Reason>>();
        if (username == null || username.isBlank()) {
            missing.put("username", List.of(Reason.BLANK));
        }
        if (email == null || email.isBlank()) {
            missing.put("email", List.of(Reason.BLANK));
        }
        if (password == null || password.isEmpty()) {
            missing.put("password", List.of(Reason.BLANK));
        }
        if (!missing.isEmpty()) {
            throw new AuthError.InvalidInput(missing).exception();
        }
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
    }

    @Override
    public String toString() {
        return "RegisterCommand[username=" + username + ", email=" + email + "]";
    }
}
