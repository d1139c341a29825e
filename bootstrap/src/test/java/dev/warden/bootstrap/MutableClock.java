package dev.warden.bootstrap;

import dev.warden.application.shared.port.out.Clock;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The service's clock in tests that move time (environment "mutable-clock"): starts at now, moves on demand. */
@Singleton
@Replaces(Clock.class)
@Requires(env = "mutable-clock")
public class MutableClock implements Clock {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.MICROS));

    @Override
    public Instant now() {
        return now.get();
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }
}
