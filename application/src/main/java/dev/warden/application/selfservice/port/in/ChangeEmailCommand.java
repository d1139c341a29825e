package dev.warden.application.selfservice.port.in;

import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.user.Email;
import java.util.Objects;

/** The address a signed-in caller wants their account moved to, with the proof that they own it. */
public record ChangeEmailCommand(Caller caller, Email newEmail, Reauthentication proof, String clientAddress) {
    public static final String FIELD = "new_email";

    /** {@code newEmail} as typed; a malformed one is refused as the field {@value #FIELD}. */
    public ChangeEmailCommand(Caller caller, String newEmail, Reauthentication proof, String clientAddress) {
        this(caller, parse(newEmail), proof, clientAddress);
    }

    public ChangeEmailCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(newEmail, "newEmail");
        Objects.requireNonNull(proof, "proof");
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    private static Email parse(String newEmail) {
        try {
            return Email.of(newEmail);
        } catch (AuthException e) {
            if (e.error() instanceof AuthError.InvalidInput(var fields) && fields.containsKey("email")) {
                throw new AuthError.InvalidInput(java.util.Map.of(FIELD, fields.get("email"))).exception();
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return "ChangeEmailCommand[" + caller.userId() + "]";
    }
}
