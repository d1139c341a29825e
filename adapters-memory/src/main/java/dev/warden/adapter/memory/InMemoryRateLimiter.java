package dev.warden.adapter.memory;

import dev.warden.application.port.out.Clock;
import dev.warden.application.port.out.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Fixed-window counters in process memory (one instance only; the abuse-protection issue shares them). */
public final class InMemoryRateLimiter implements RateLimiter {
    private record Window(Instant start, int count) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Duration> tryAcquire(String key, int limit, Duration window) {
        var now = clock.now();
        var refused = new Duration[1];
        windows.compute(key, (k, current) -> {
            if (current == null || !now.isBefore(current.start().plus(window))) {
                return new Window(now, 1);
            }
            if (current.count() >= limit) {
                refused[0] = Duration.between(now, current.start().plus(window));
                return current;
            }
            return new Window(current.start(), current.count() + 1);
        });
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(entry -> !now.isBefore(entry.getValue().start().plus(window)));
        }
        return Optional.ofNullable(refused[0]);
    }
}
