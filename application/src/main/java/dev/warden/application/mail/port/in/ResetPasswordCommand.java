package dev.warden.application.mail.port.in;

import dev.warden.domain.error.Required;

public record ResetPasswordCommand(String token, String newPassword) {
    public ResetPasswordCommand {
        Required.fields().text("token", token).secret("new_password", newPassword).check();
    }

    @Override
    public String toString() {
        return "ResetPasswordCommand[***]";
    }
}
