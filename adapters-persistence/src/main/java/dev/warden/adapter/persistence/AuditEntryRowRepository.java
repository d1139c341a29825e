package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEntryRowRepository extends CrudRepository<AuditEntryRow, UUID> {

    @Query("SELECT * FROM audit_entries ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<AuditEntryRow> newestFirst(int offset, int limit);

    @Query("""
            DELETE FROM audit_entries WHERE id IN (
                SELECT id FROM audit_entries WHERE at < :cutoff LIMIT :batch)""")
    int purgeOlderThan(Instant cutoff, int batch);
}
