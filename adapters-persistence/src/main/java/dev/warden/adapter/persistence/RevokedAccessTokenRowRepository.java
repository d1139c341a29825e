package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevokedAccessTokenRowRepository extends CrudRepository<RevokedAccessTokenRow, String> {

    List<RevokedAccessTokenRow> findByExpiresAtGreaterThan(Instant now);

    /** At most {@code batch} expired rows, found by the expiry index, in one statement (the same on H2 and PostgreSQL). */
    @Query("""
            DELETE FROM revoked_access_tokens WHERE token_id IN (
                SELECT token_id FROM revoked_access_tokens WHERE expires_at <= :now LIMIT :batch)""")
    int purgeExpired(Instant now, int batch);
}
