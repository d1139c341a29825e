package dev.warden.application.ratelimit.service;

import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase;
import dev.warden.application.ratelimit.port.out.RateLimiter.Limit;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.domain.error.AuthError;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;

/** Each action has its own per-address limit; an action without one is not limited. */
public final class RequestLimits implements ThrottleRequestsUseCase {
    private final RateLimiter limiter;
    private final Map<Action, Limit> limits;
    private final Telemetry telemetry;

    public RequestLimits(RateLimiter limiter, Map<Action, Limit> limits, Telemetry telemetry) {
        this.telemetry = telemetry;
        this.limiter = limiter;
        this.limits = limits.isEmpty() ? Map.of() : new EnumMap<>(limits);
    }

    @Override
    public void admit(Action action, String clientAddress) {
        var limit = limits.get(action);
        if (limit == null) {
            return;
        }
        var rule = action.name().toLowerCase(Locale.ROOT);
        var outcome = limiter.tryAcquire("requests:" + rule + ":" + clientAddress, limit);
        if (!outcome.allowed()) {
            telemetry.rateLimited(rule);
            throw new AuthError.TooManyRequests(outcome.retryAfter()).exception();
        }
    }
}
