package dev.warden.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SigningKeyRowRepository extends CrudRepository<SigningKeyRow, String> {

    Optional<SigningKeyRow> findByAlgorithm(String algorithm);
}
