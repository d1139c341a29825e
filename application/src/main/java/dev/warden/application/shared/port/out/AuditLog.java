package dev.warden.application.shared.port.out;

import dev.warden.domain.audit.AuditEntry;
import java.time.Instant;
import java.util.List;

/**
 * The audit trail of administration: append-only (housekeeping alone deletes entries past their retention), read
 * newest first.
 */
public interface AuditLog {

    void record(AuditEntry entry);

    List<AuditEntry> newestFirst(int offset, int limit);

    long count();

    /** Housekeeping: deletes at most {@code batch} entries recorded before {@code cutoff}; returns how many went. */
    int purgeOlderThan(Instant cutoff, int batch);
}
