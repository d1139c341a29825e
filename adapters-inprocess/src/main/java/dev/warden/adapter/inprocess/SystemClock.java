package dev.warden.adapter.inprocess;

import dev.warden.application.shared.port.out.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The wall clock, to the microsecond (the precision that the databases keep). */
public final class SystemClock implements Clock {
    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
