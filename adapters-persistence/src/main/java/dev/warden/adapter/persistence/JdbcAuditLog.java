package dev.warden.adapter.persistence;

import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

@Singleton
@TranslatesDatabaseFailures
public class JdbcAuditLog implements AuditLog {
    private final AuditEntryRowRepository rows;

    JdbcAuditLog(AuditEntryRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void record(AuditEntry entry) {
        rows.save(new AuditEntryRow(entry.id(), entry.at(), entry.actor().value(), entry.action(),
                entry.target().value(), entry.details(), entry.clientAddress()));
    }

    @Override
    public List<AuditEntry> newestFirst(int offset, int limit) {
        return rows.newestFirst(offset, limit).stream()
                .map(row -> new AuditEntry(row.id(), row.at(), new UserId(row.actorId()), row.action(),
                        new UserId(row.targetId()), row.details(), row.clientAddress()))
                .toList();
    }

    @Override
    public long count() {
        return rows.count();
    }

    @Override
    public int purgeOlderThan(Instant cutoff, int batch) {
        return rows.purgeOlderThan(cutoff, batch);
    }
}
