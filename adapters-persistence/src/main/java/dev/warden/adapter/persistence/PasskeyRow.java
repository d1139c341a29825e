package dev.warden.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** The credential id and data in base64url; the transports comma-separated. */
@MappedEntity("passkeys")
record PasskeyRow(@Id UUID id, UUID userId, String credentialId, String name, String credentialData, long signCount,
                  String transports, boolean backupEligible, boolean backedUp, Instant createdAt,
                  @Nullable Instant lastUsedAt) {
}
