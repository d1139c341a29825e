package dev.warden.application.account.service;

import dev.warden.application.account.AccountMailSettings;
import dev.warden.application.ratelimit.port.out.RateLimiter;
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
        var perClient = limiter.tryAcquire("mail:" + action + ":client:" + clientAddress,
                new RateLimiter.Limit(settings.perClientLimit(), settings.limitWindow()));
        if (!perClient.allowed()) {
            throw new AuthError.TooManyRequests(perClient.retryAfter()).exception();
        }
        var perAddress = limiter.tryAcquire("mail:" + action + ":address:" + email.key(),
                new RateLimiter.Limit(settings.perAddressLimit(), settings.limitWindow()));
        if (!perAddress.allowed()) {
            throw new AuthError.TooManyRequests(perAddress.retryAfter()).exception();
        }
    }
}
