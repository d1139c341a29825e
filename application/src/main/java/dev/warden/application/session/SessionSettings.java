package dev.warden.application.session;

import dev.warden.domain.session.SessionLifetime;
import java.time.Duration;
import java.util.Objects;

/** How long a session lives after its last use, and at most after its login. */
public record SessionSettings(SessionLifetime lifetime) {
    public static final SessionSettings DEFAULT = new SessionSettings(Duration.ofDays(7), Duration.ofDays(30));

    public SessionSettings {
        Objects.requireNonNull(lifetime, "lifetime");
    }

    public SessionSettings(Duration idle, Duration maxAge) {
        this(new SessionLifetime(idle, maxAge));
    }
}
