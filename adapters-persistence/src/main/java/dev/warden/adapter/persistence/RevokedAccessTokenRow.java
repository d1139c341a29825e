package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("revoked_access_tokens")
record RevokedAccessTokenRow(@Id String tokenId, UUID userId, Instant expiresAt, Instant revokedAt) {
}
