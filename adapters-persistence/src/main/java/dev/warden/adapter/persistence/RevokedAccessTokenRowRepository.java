package dev.warden.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevokedAccessTokenRowRepository extends CrudRepository<RevokedAccessTokenRow, String> {

    List<RevokedAccessTokenRow> findByExpiresAtGreaterThan(Instant now);
}
