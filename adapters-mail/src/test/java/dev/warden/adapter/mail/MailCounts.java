package dev.warden.adapter.mail;

import dev.warden.application.shared.port.out.Telemetry;
import java.util.concurrent.atomic.AtomicInteger;

/** A Telemetry that counts mails only. */
final class MailCounts extends Telemetry.Nothing {
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();

    @Override
    public void mailSent() {
        sent.incrementAndGet();
    }

    @Override
    public void mailFailed() {
        failed.incrementAndGet();
    }
}
