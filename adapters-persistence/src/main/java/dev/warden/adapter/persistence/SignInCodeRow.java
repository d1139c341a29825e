package dev.warden.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("sign_in_codes")
record SignInCodeRow(@Id UUID id, String nonceHash, String codeHash, String email, Instant issuedAt, Instant expiresAt,
                     int attempts, @Nullable Instant usedAt) {
}
