package dev.warden.application.token.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;

public record RefreshCommand(String refreshToken) {
    public RefreshCommand {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw AuthError.InvalidInput.of("refresh_token", Reason.BLANK).exception();
        }
    }

    @Override
    public String toString() {
        return "RefreshCommand[***]";
    }
}
