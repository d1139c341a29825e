package dev.warden.adapter.memory;

import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.domain.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The audit trail in process memory. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> newestFirst(int offset, int limit) {
        return entries.reversed().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count() {
        return entries.size();
    }

    @Override
    public synchronized int purgeOlderThan(Instant cutoff, int batch) {
        var old = entries.stream().filter(entry -> entry.at().isBefore(cutoff)).limit(batch).toList();
        entries.removeAll(old);
        return old.size();
    }
}
