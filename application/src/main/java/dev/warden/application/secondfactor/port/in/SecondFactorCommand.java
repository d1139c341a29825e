package dev.warden.application.secondfactor.port.in;

import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import java.util.Objects;

/** A TOTP or recovery code sent by a signed-in caller, from a client address (for the abuse limits). */
public record SecondFactorCommand(Caller caller, String code, String clientAddress) {
    public SecondFactorCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(clientAddress, "clientAddress");
        if (code == null || code.isBlank()) {
            throw AuthError.InvalidInput.of("code", Reason.BLANK).exception();
        }
        code = code.strip();
    }

    @Override
    public String toString() {
        return "SecondFactorCommand[" + caller.userId() + "]";
    }
}
