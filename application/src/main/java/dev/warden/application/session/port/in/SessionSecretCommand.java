package dev.warden.application.session.port.in;

import dev.warden.domain.error.AuthError;

/** A session secret as presented by a client (the cookie value). */
public record SessionSecretCommand(String secret) {
    public SessionSecretCommand {
        if (secret == null || secret.isBlank()) {
            throw new AuthError.AuthenticationRequired().exception();
        }
    }

    @Override
    public String toString() {
        return "SessionSecretCommand[***]";
    }
}
