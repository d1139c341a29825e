package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("legacy_tokens")
record LegacyTokenRow(@Id UUID id, String tokenHash, UUID userId, Instant issuedAt, Instant expiresAt) {
}
