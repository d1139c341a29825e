package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRowRepository extends CrudRepository<RefreshTokenRow, UUID> {

    Optional<RefreshTokenRow> findByTokenHash(String tokenHash);

    Optional<RefreshTokenRow> findByAccessTokenId(String accessTokenId);

    List<RefreshTokenRow> findByFamilyId(UUID familyId);

    @Query("SELECT * FROM refresh_tokens WHERE user_id = :userId AND used_at IS NULL AND revoked_at IS NULL"
            + " AND expires_at > :now ORDER BY family_started_at")
    List<RefreshTokenRow> findLiveByUser(UUID userId, Instant now);

    @Query("UPDATE refresh_tokens SET used_at = :usedAt WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
    long spend(UUID id, Instant usedAt);

    @Query("UPDATE refresh_tokens SET revoked_at = :revokedAt WHERE family_id = :familyId AND revoked_at IS NULL")
    long revokeFamily(UUID familyId, Instant revokedAt);
}
