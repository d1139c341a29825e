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

    Optional<SignInCodeRow> findByNonceHash(String nonceHash);

    /** One row changes only while the code is usable: concurrent attempts past the limit change nothing. */
    @Query("""
            UPDATE sign_in_codes SET attempts = attempts + 1
            WHERE nonce_hash = :nonceHash AND used_at IS NULL AND expires_at > :now AND attempts < :maxAttempts""")
    long claimAttempt(String nonceHash, Instant now, int maxAttempts);

    @Query("UPDATE sign_in_codes SET used_at = :usedAt WHERE id = :id AND used_at IS NULL")
    long consume(UUID id, Instant usedAt);

    @Query("DELETE FROM sign_in_codes WHERE expires_at <= :now")
    long deleteExpired(Instant now);

    @Query("""
            DELETE FROM sign_in_codes WHERE id IN (
                SELECT id FROM sign_in_codes WHERE expires_at <= :now OR used_at IS NOT NULL LIMIT :batch)""")
    int purgeExpired(Instant now, int batch);
}
