package dev.warden.application.legacy.port.in;

import dev.warden.domain.session.ClientInfo;

/**
 * The legacy login form as posted: {@code username} is a username or an email address; either field may be
 * missing (null). {@code client} is where the request came from.
 */
public record LegacyLoginCommand(String username, String password, ClientInfo client) {
    public LegacyLoginCommand {
        client = client == null ? ClientInfo.UNKNOWN : client;
    }

    @Override
    public String toString() {
        return "LegacyLoginCommand[username=" + username + "]";
    }
}
