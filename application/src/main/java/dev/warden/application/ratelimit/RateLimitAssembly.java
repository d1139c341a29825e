package dev.warden.application.ratelimit;

import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase.Action;
import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase;
import dev.warden.application.ratelimit.port.out.RateLimiter.Limit;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.ratelimit.service.RequestLimits;
import dev.warden.application.shared.Offer;
import java.util.List;
import java.util.Map;

/** Request limits: each action's per-address limit. */
public final class RateLimitAssembly {
    public static final List<Offer<RateLimitAssembly, ?>> OFFERS = List.of(
            Offer.of(ThrottleRequestsUseCase.class, RateLimitAssembly::throttleRequests));

    private final ThrottleRequestsUseCase throttleRequests;

    public RateLimitAssembly(RateLimiter limiter, Map<Action, Limit> limits) {
        throttleRequests = new RequestLimits(limiter, limits);
    }

    public ThrottleRequestsUseCase throttleRequests() {
        return throttleRequests;
    }
}
