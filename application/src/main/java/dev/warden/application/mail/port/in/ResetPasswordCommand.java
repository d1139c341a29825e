package dev.warden.application.mail.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import java.util.LinkedHashMap;
import java.util.List;

public record ResetPasswordCommand(String token, String newPassword) {
    public ResetPasswordCommand {
        var missing = new LinkedHashMap<String, List<Reason>>();
        if (token == null || token.isBlank()) {
            missing.put("token", List.of(Reason.BLANK));
        }
        if (newPassword == null || newPassword.isEmpty()) {
            missing.put("new_password", List.of(Reason.BLANK));
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
