package dev.warden.application.port.in;

import dev.warden.application.port.out.AuditEntry;
import java.util.List;

public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
