package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SignInCodeRowRepository extends CrudRepository<SignInCodeRow, UUID> {

    Optional<SignInCodeRow> findByNonce(String nonce);

    @Query("UPDATE sign_in_codes SET failures = failures + 1 WHERE id = :id")
    long recordFailure(UUID id);

    @Query("UPDATE sign_in_codes SET used_at = :usedAt WHERE id = :id AND used_at IS NULL")
    long consume(UUID id, Instant usedAt);
}
