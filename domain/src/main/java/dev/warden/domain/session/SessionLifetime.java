package dev.warden.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a session lives: {@code idle} after its last use (rolling expiry), but never longer than {@code maxAge}
 * after its login, however often it is used. The maximum age is at least the idle lifetime, so that a new session
 * always gets its full idle lifetime.
 */
public record SessionLifetime(Duration idle, Duration maxAge) {

    public SessionLifetime {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(maxAge, "maxAge");
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the session lifetime must be positive");
        }
        if (maxAge.compareTo(idle) < 0) {
            throw new IllegalArgumentException("the session's maximum age (" + maxAge
                    + ") must be at least its lifetime (" + idle + ")");
        }
    }

    /** When a session that began at {@code createdAt} and is used at {@code now} expires. */
    public Instant expiryAt(Instant createdAt, Instant now) {
        var rolled = now.plus(idle);
        var deadline = createdAt.plus(maxAge);
        return rolled.isBefore(deadline) ? rolled : deadline;
    }
}
