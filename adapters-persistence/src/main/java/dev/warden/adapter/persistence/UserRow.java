package dev.warden.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("users")
record UserRow(
        @Id UUID id,
        String username,
        String usernameKey,
        String email,
        String emailKey,
        @Nullable String passwordHash,
        String firstName,
        String lastName,
        @MappedProperty("is_active") boolean active,
        @MappedProperty("is_staff") boolean staff,
        @MappedProperty("is_superuser") boolean superuser,
        boolean emailVerified,
        @Nullable String membershipLevel,
        @Nullable String oauthProvider,
        @Nullable String oauthId,
        Instant dateJoined,
        @Nullable Instant lastLogin) {
}
