package dev.warden.application.mail.port.in;

import dev.warden.domain.error.AuthError;
import java.util.LinkedHashMap;
import java.util.List;

public record ResetPasswordCommand(String token, String newPassword) {
    public ResetPasswordCommand {
        var missing = new LinkedHashMap<String, List<String>>();
        if (token == null || token.isBlank()) {
            missing.put("token", List.of("must not be blank"));
        }
        if (newPassword == null || newPassword.isEmpty()) {
            missing.put("new_password", List.of("must not be blank"));
        }
        if (!missing.isEmpty()) {
            throw new AuthError.InvalidInput(missing).exception();
        }
    }

    @Override
    public String toString() {
        return "ResetPasswordCommand[***]";
    }
}
