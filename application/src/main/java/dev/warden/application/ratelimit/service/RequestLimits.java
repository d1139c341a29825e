package dev.warden.application.ratelimit.service;

import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase;
import dev.warden.application.ratelimit.port.out.RateLimiter.Limit;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.domain.error.AuthError;
import java.util.EnumMap;
import java.util.Map;

/** Each action has its own per-address limit; an action without one is not limited. */
public final class RequestLimits implements ThrottleRequestsUseCase {
    private final RateLimiter limiter;
    private final Map<Action, Limit> limits;

    public RequestLimits(RateLimiter limiter, Map<Action, Limit> limits) {
        this.limiter = limiter;
        this.limits = limits.isEmpty() ? Map.of() : new EnumMap<>(limits);
    }

    @Override
    public void admit(Action action, String clientAddress) {
        var limit = limits.get(action);
        if (limit == null) {
            return;
        }
        var outcome = limiter.tryAcquire("requests:" + action.name().toLowerCase() + ":" + clientAddress, limit);
        if (!outcome.allowed()) {
            throw new AuthError.TooManyRequests(outcome.retryAfter()).exception();
        }
    }
}
