package dev.warden.domain.audit;

import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One administrative change: who did what to whom, when, and from which client address. */
public record AuditEntry(UUID id, Instant at, UserId actor, String action, UserId target, String details,
                         String clientAddress) {
    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        details = details == null ? "" : details;
        clientAddress = clientAddress == null ? "" : clientAddress;
    }
}
