package dev.warden.application.mail.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.session.ClientInfo;

/** The mailed six digits followed by the nonce, as the client enters them, and where the request came from. */
public record OtpSignInCommand(String code, ClientInfo client) {

    public OtpSignInCommand {
        client = client == null ? ClientInfo.UNKNOWN : client;
        if (code == null || code.isBlank()) {
            throw AuthError.InvalidInput.of("code", Reason.BLANK).exception();
        }
        code = code.strip();
    }

    @Override
    public String toString() {
        return "OtpSignInCommand[client=" + client + "]";
    }
}
