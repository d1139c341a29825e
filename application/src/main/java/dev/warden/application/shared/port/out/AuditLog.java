package dev.warden.application.shared.port.out;

import dev.warden.domain.audit.AuditEntry;
import java.util.List;

/** The audit trail of administration: append-only, read newest first. */
public interface AuditLog {

    void record(AuditEntry entry);

    List<AuditEntry> newestFirst(int offset, int limit);

    long count();
}
