package dev.warden.application.token.port.in;

import dev.warden.domain.error.AuthError;

public record RefreshCommand(String refreshToken) {
    public RefreshCommand {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw AuthError.InvalidInput.of("refresh_token", "must not be blank").exception();
        }
    }

    @Override
    public String toString() {
        return "RefreshCommand[***]";
    }
}
