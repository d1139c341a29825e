package dev.warden.application.service;

import java.time.Duration;
import java.util.Objects;

/** How long a session lives after its last use. */
public record SessionSettings(Duration lifetime) {
    public static final SessionSettings DEFAULT = new SessionSettings(Duration.ofDays(7));

    public SessionSettings {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("session lifetime must be positive");
        }
    }
}
