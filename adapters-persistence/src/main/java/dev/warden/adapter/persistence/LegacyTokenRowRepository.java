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
interface LegacyTokenRowRepository extends CrudRepository<LegacyTokenRow, UUID> {

    Optional<LegacyTokenRow> findByTokenHashAndExpiresAtGreaterThan(String tokenHash, Instant now);

    List<LegacyTokenRow> findByUserIdAndExpiresAtGreaterThanOrderByIssuedAt(UUID userId, Instant now);

    @Query("DELETE FROM legacy_tokens WHERE user_id = :userId AND id = :id")
    long deleteOfUser(UUID userId, UUID id);

    @Query("DELETE FROM legacy_tokens WHERE token_hash = :tokenHash")
    long deleteByHash(String tokenHash);

    @Query("DELETE FROM legacy_tokens WHERE user_id = :userId AND expires_at <= :now")
    long deleteExpiredOfUser(UUID userId, Instant now);

    @Query("DELETE FROM legacy_tokens WHERE user_id = :userId")
    long deleteAllOfUser(UUID userId);

    @Query("DELETE FROM legacy_tokens WHERE user_id = :userId AND id <> :keep")
    long deleteAllOfUserExcept(UUID userId, UUID keep);

    @Query("""
            DELETE FROM legacy_tokens WHERE id IN (
                SELECT id FROM legacy_tokens WHERE expires_at <= :now LIMIT :batch)""")
    int purgeExpired(Instant now, int batch);
}
