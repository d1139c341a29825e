package dev.warden.application.token.port.in;

import dev.warden.domain.token.AccessGrant;
import java.util.Objects;
import java.util.Optional;

public record LogoutCommand(AccessGrant caller, Optional<String> refreshToken) {
    public LogoutCommand {
        Objects.requireNonNull(caller, "caller");
        refreshToken = refreshToken == null ? Optional.empty() : refreshToken.filter(token -> !token.isBlank());
    }

    @Override
    public String toString() {
        return "LogoutCommand[" + caller.userId() + "]";
    }
}
