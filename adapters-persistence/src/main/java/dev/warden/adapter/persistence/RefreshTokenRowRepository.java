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

    /**
     * The ids of at most {@code batch} tokens of families none of whose refresh or access tokens is still live (the
     * family index finds each token's family).
     */
    @Query("""
            SELECT r.id FROM refresh_tokens r
            WHERE r.expires_at <= :now AND r.access_expires_at <= :now
              AND NOT EXISTS (SELECT 1 FROM refresh_tokens l WHERE l.family_id = r.family_id
                              AND (l.expires_at > :now OR l.access_expires_at > :now))
            LIMIT :batch""")
    List<UUID> findDeadFamilyTokens(Instant now, int batch);

    @Query("DELETE FROM refresh_tokens WHERE id IN (:ids)")
    int deleteByIds(List<UUID> ids);
}
