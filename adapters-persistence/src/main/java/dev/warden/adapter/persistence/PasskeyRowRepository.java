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
interface PasskeyRowRepository extends CrudRepository<PasskeyRow, UUID> {

    Optional<PasskeyRow> findByCredentialId(String credentialId);

    @Query("SELECT * FROM passkeys WHERE user_id = :userId ORDER BY created_at, id")
    List<PasskeyRow> listOfUser(UUID userId);

    /** One row changes only from the expected counter: one assertion used twice, even together, advances it once. */
    @Query("""
            UPDATE passkeys SET sign_count = :newCount, last_used_at = :usedAt
            WHERE id = :id AND sign_count = :expectedCount""")
    long advanceCounter(UUID id, long expectedCount, long newCount, Instant usedAt);

    @Query("DELETE FROM passkeys WHERE id = :id AND user_id = :userId")
    long deleteOfUser(UUID id, UUID userId);

    @Query("DELETE FROM passkeys WHERE user_id = :userId")
    long deleteAllOfUser(UUID userId);
}
