package dev.warden.adapter.memory;

import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.AuditLogContract;

class InMemoryAuditLogTest extends AuditLogContract {
    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog log() {
        return log;
    }
}
