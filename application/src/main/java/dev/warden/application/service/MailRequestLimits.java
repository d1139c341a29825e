package dev.warden.application.service;

import dev.warden.application.port.out.RateLimiter;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.Email;

/** Limits how often mails may be asked for: per address (no mail-bombing) and per client (no enumeration sweep). */
public final class MailRequestLimits {
    private final RateLimiter limiter;
    private final AccountMailSettings settings;

    public MailRequestLimits(RateLimiter limiter, AccountMailSettings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    public void check(String action, Email email, String clientAddress) {
        limiter.tryAcquire(action + ":client:" + clientAddress, settings.perClientLimit(), settings.limitWindow())
                .or(() -> limiter.tryAcquire(action + ":address:" + email.key(), settings.perAddressLimit(),
                        settings.limitWindow()))
                .ifPresent(retryAfter -> {
                    throw new AuthError.TooManyRequests(retryAfter).exception();
                });
    }
}
