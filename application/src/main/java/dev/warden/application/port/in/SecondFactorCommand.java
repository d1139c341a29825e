package dev.warden.application.port.in;

import java.util.Objects;

/** A TOTP or recovery code sent by a signed-in caller, from a client address (for the abuse limits). */
public record SecondFactorCommand(Caller caller, String code, String clientAddress) {
    public SecondFactorCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public String toString() {
        return "SecondFactorCommand[" + caller.userId() + "]";
    }
}
