package dev.warden.application.admin.port.in;

import dev.warden.domain.user.UserId;
import java.util.Objects;

/** Who makes an administrative change, and from where (for the audit trail). */
public record Actor(UserId userId, String clientAddress) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        clientAddress = clientAddress == null ? "" : clientAddress;
    }
}
