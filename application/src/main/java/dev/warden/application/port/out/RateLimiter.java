package dev.warden.application.port.out;

import java.time.Duration;
import java.util.Optional;

/** Counts attempts per key in fixed windows. */
public interface RateLimiter {

    /**
     * Records one attempt under {@code key}; empty when it is within {@code limit} attempts per {@code window},
     * otherwise how long until the next attempt is allowed (the attempt is then not counted).
     */
    Optional<Duration> tryAcquire(String key, int limit, Duration window);
}
