package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("audit_entries")
record AuditEntryRow(@Id UUID id, Instant at, UUID actorId, String action, UUID targetId, String details,
                     String clientAddress) {
}
