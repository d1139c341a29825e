package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OneTimeTokenRowRepository extends CrudRepository<OneTimeTokenRow, UUID> {

    Optional<OneTimeTokenRow> findByTokenHash(String tokenHash);

    @Query("UPDATE one_time_tokens SET used_at = :usedAt WHERE id = :id AND used_at IS NULL")
    long consume(UUID id, Instant usedAt);

    @Query("UPDATE one_time_tokens SET used_at = :at WHERE user_id = :userId AND purpose = :purpose AND used_at IS NULL")
    long invalidateAll(UUID userId, String purpose, Instant at);

    @Query("""
            DELETE FROM one_time_tokens WHERE id IN (
                SELECT id FROM one_time_tokens WHERE expires_at <= :now OR used_at IS NOT NULL LIMIT :batch)""")
    int purgeExpired(Instant now, int batch);
}
