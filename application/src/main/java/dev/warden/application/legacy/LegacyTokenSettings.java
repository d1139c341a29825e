package dev.warden.application.legacy;

import java.time.Duration;
import java.util.Objects;

/** How long a token of the legacy API lives from its issue (24 hours in seed 001). */
public record LegacyTokenSettings(Duration lifetime) {
    public static final LegacyTokenSettings DEFAULT = new LegacyTokenSettings(Duration.ofHours(24));

    public LegacyTokenSettings {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("legacy token lifetime must be positive");
        }
    }
}
