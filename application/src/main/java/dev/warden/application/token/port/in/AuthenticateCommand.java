package dev.warden.application.token.port.in;

import dev.warden.domain.error.AuthError;

public record AuthenticateCommand(String accessToken) {
    public AuthenticateCommand {
        if (accessToken == null || accessToken.isBlank()) {
            throw new AuthError.InvalidToken().exception();
        }
    }

    @Override
    public String toString() {
        return "AuthenticateCommand[***]";
    }
}
