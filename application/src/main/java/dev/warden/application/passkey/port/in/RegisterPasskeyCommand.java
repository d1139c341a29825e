package dev.warden.application.passkey.port.in;

import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.passkey.Passkey;
import java.util.Objects;
import java.util.Optional;

/**
 * The browser's registration response (RegistrationResponseJSON), the name the user gives the passkey, and, for an
 * account with TOTP, a code of its second factor (a passkey signs in without it), from a client address.
 */
public record RegisterPasskeyCommand(Caller caller, String credentialJson, String name, Optional<String> code,
                                     String clientAddress) {

    public RegisterPasskeyCommand(Caller caller, String credentialJson, String name) {
        this(caller, credentialJson, name, Optional.empty(), "");
    }

    public RegisterPasskeyCommand {
        code = code.map(String::strip).filter(entered -> !entered.isEmpty());
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(caller, "caller");
        if (credentialJson == null || credentialJson.isBlank()) {
            throw AuthError.InvalidInput.of("credential", Reason.BLANK).exception();
        }
        name = name == null || name.isBlank() ? Passkey.DEFAULT_NAME : name.strip();
        if (name.codePointCount(0, name.length()) > Passkey.MAX_NAME_LENGTH) {
            throw AuthError.InvalidInput.of("name", new Reason.Length(0, Passkey.MAX_NAME_LENGTH)).exception();
        }
    }

    @Override
    public String toString() {
        return "RegisterPasskeyCommand[" + caller.userId() + ", " + name + "]";
    }
}
