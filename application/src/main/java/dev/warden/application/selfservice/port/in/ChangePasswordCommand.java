package dev.warden.application.selfservice.port.in;

import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import java.util.Objects;

/** A signed-in caller's new password, with the proof that they own the account, from a client address. */
public record ChangePasswordCommand(Caller caller, Reauthentication proof, String newPassword, String clientAddress) {
    public ChangePasswordCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(proof, "proof");
        clientAddress = clientAddress == null ? "" : clientAddress;
        if (newPassword == null || newPassword.isEmpty()) {
            throw AuthError.InvalidInput.of("new_password", Reason.BLANK).exception();
        }
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[" + caller.userId() + "]";
    }
}
