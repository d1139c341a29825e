package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RecoveryCodeRowRepository extends CrudRepository<RecoveryCodeRow, RecoveryCodeRow.Key> {

    @Query("INSERT INTO recovery_codes (user_id, code_hash) VALUES (:userId, :codeHash)")
    long insert(UUID userId, String codeHash);

    @Query("DELETE FROM recovery_codes WHERE user_id = :userId AND code_hash = :codeHash")
    long use(UUID userId, String codeHash);

    @Query("SELECT COUNT(*) FROM recovery_codes WHERE user_id = :userId")
    long countOfUser(UUID userId);

    @Query("DELETE FROM recovery_codes WHERE user_id = :userId")
    long deleteOfUser(UUID userId);
}
