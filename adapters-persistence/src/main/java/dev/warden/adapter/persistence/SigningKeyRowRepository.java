package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SigningKeyRowRepository extends CrudRepository<SigningKeyRow, String> {

    List<SigningKeyRow> findByAlgorithmOrderByGeneration(String algorithm);

    Optional<SigningKeyRow> findByAlgorithmAndGeneration(String algorithm, int generation);

    /** Only a plain key is replaced: two instances sealing it at once change it once. */
    @Query("UPDATE signing_keys SET private_key = :privateKey, sealed = TRUE WHERE key_id = :keyId AND sealed = FALSE")
    long seal(String keyId, String privateKey);
}
