package dev.warden.application.shared.port.out;

import java.time.Instant;

/** The current time; tests move it instead of sleeping. */
@FunctionalInterface
public interface Clock {
    Instant now();
}
