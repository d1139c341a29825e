package dev.warden.adapter.memory;

import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.ratelimit.port.out.RateLimiterContract;

class InMemoryRateLimiterTest extends RateLimiterContract {
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }
}
