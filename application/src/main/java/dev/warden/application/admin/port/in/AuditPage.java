package dev.warden.application.admin.port.in;

import dev.warden.domain.audit.AuditEntry;
import java.util.List;

public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
