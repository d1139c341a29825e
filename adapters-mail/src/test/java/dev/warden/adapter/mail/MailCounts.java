package dev.warden.adapter.mail;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.Telemetry;
import java.util.concurrent.atomic.AtomicInteger;

/** A Telemetry that counts mails only. */
final class MailCounts implements Telemetry {
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

    @Override
    public void login(LoginMethod method, LoginOutcome outcome) { }

    @Override
    public void lockout() { }

    @Override
    public void rateLimited(String rule) { }

    @Override
    public void tokensIssued() { }

    @Override
    public void tokensRefreshed() { }

    @Override
    public void refreshReuseDetected() { }

    @Override
    public void sessionCreated() { }

    @Override
    public void sessionsEnded(long count) { }

    @Override
    public void providerError(String provider) { }

    @Override
    public void unavailable(BackingServiceUnavailable.Service service) { }

    @Override
    public void removed(String what, long rows) { }
}
