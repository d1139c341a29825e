package dev.warden.application.account.port.in;

import dev.warden.domain.error.Required;
import dev.warden.domain.session.ClientInfo;

/** Sign-up input as the client sent it; {@code client} is where the request came from. */
public record EmailSignUpCommand(String email, String password, ClientInfo client) {
    public EmailSignUpCommand {
        client = client == null ? ClientInfo.UNKNOWN : client;
        Required.fields().text("email", email).secret("password", password).check();
    }

    @Override
    public String toString() {
        return "EmailSignUpCommand[email=" + email + "]";
    }
}
