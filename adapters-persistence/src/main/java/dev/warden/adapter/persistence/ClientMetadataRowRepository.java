package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ClientMetadataRowRepository extends CrudRepository<ClientMetadataRow, UUID> {

    @Query("UPDATE client_metadata SET metadata = :metadata WHERE user_id = :userId")
    long replace(UUID userId, String metadata);

    @Query("DELETE FROM client_metadata WHERE user_id = :userId")
    long deleteOfUser(UUID userId);
}
