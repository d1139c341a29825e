package dev.warden.application.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.passkey.Passkey;
import java.util.Objects;

/** The browser's registration response (RegistrationResponseJSON) and the name the user gives the passkey. */
public record RegisterPasskeyCommand(Caller caller, String credentialJson, String name) {
    public RegisterPasskeyCommand {
        Objects.requireNonNull(caller, "caller");
        if (credentialJson == null || credentialJson.isBlank()) {
            throw AuthError.InvalidInput.of("credential", "must not be blank").exception();
        }
        name = name == null || name.isBlank() ? Passkey.DEFAULT_NAME : name.strip();
        if (name.length() > Passkey.MAX_NAME_LENGTH) {
            throw AuthError.InvalidInput.of("name", "size must be between 0 and " + Passkey.MAX_NAME_LENGTH)
                    .exception();
        }
    }

    @Override
    public String toString() {
        return "RegisterPasskeyCommand[" + caller.userId() + ", " + name + "]";
    }
}
