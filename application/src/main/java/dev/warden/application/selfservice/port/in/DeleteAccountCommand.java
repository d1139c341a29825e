package dev.warden.application.selfservice.port.in;

import dev.warden.application.shared.port.in.Caller;
import java.util.Objects;

/** A signed-in caller's request to delete their own account, with the proof that they own it. */
public record DeleteAccountCommand(Caller caller, Reauthentication proof, String clientAddress) {
    public DeleteAccountCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(proof, "proof");
        clientAddress = clientAddress == null ? "" : clientAddress;
    }
}
