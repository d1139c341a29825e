package dev.warden.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** The sealed secret in base 64. */
@MappedEntity("totp_enrollments")
record TotpEnrollmentRow(@Id UUID userId, String sealedSecret, Instant createdAt, @Nullable Instant enabledAt,
                         long lastUsedStep) {
}
