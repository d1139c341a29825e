package dev.warden.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("refresh_tokens")
record RefreshTokenRow(
        @Id UUID id,
        UUID familyId,
        UUID userId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant revokedAt,
        String accessTokenId,
        Instant accessExpiresAt,
        Instant familyStartedAt,
        String userAgent,
        String clientAddress) {
}
