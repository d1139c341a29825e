package dev.warden.application.port.in;

import dev.warden.domain.user.UserId;
import java.util.Objects;

public record CurrentUserCommand(UserId userId) {
    public CurrentUserCommand {
        Objects.requireNonNull(userId, "userId");
    }
}
