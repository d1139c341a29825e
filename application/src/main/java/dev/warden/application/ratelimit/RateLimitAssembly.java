package dev.warden.application.ratelimit;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase;
import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase.Action;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.ratelimit.port.out.RateLimiter.Limit;
import dev.warden.application.ratelimit.service.RequestLimits;
import dev.warden.application.shared.Offer;
import java.util.List;
import java.util.Map;

/** Request limits: each action's per-address limit. */
public record RateLimitAssembly(ThrottleRequestsUseCase throttleRequests) {
    public static final List<Offer<RateLimitAssembly, ?>> OFFERS = List.of(
            Offer.of(ThrottleRequestsUseCase.class, RateLimitAssembly::throttleRequests));

    public static RateLimitAssembly of(RateLimiter limiter, Map<Action, Limit> limits, Telemetry telemetry) {
        return new RateLimitAssembly(new RequestLimits(limiter, limits, telemetry));
    }
}
