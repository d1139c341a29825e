package dev.warden.application.login.port.in;

import dev.warden.domain.error.Required;
import dev.warden.domain.session.ClientInfo;

/** {@code identifier} is a username or an email address; {@code client} is where the request came from. */
public record LoginCommand(String identifier, String password, ClientInfo client) {
    public LoginCommand(String identifier, String password) {
        this(identifier, password, ClientInfo.UNKNOWN);
    }

    public LoginCommand {
        client = client == null ? ClientInfo.UNKNOWN : client;
        Required.fields().text("username", identifier).secret("password", password).check();
    }

    @Override
    public String toString() {
        return "LoginCommand[identifier=" + identifier + "]";
    }
}
