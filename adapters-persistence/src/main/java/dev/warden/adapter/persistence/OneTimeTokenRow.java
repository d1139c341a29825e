package dev.warden.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("one_time_tokens")
record OneTimeTokenRow(@Id UUID id, String tokenHash, UUID userId, String purpose, String emailKey,
                       Instant issuedAt, Instant expiresAt, @Nullable Instant usedAt, @Nullable String newEmail,
                       @Nullable String newEmailKey) {
}
