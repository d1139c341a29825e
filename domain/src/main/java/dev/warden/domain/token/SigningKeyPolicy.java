package dev.warden.domain.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How token signing keys succeed each other. The newest key signs; a new one is made every {@code rotation} (zero:
 * only when an administrator asks). Once a key has a successor, instances that have not learned of it yet may sign
 * with it a little longer ({@link #LATE_SIGNING}); after that, a token it signs is a forgery. It still verifies the
 * tokens it signed until they have all expired, {@code accessTtl} later (and a margin for clock differences), then
 * it is retired: out of the key set and of verification, so that a key taken by an attacker dies with it.
 */
public record SigningKeyPolicy(Duration rotation, Duration accessTtl) {
    /** The time instances may take to learn of a new key (they read the keys again every 30 s) and clock skew. */
    public static final Duration LATE_SIGNING = Duration.ofMinutes(1);
    /** Beyond the access TTL: at least the clock skew that a token's lifetime may take (30 s). */
    public static final Duration RETIREMENT_MARGIN = Duration.ofMinutes(1);
    /** More often only grows the key set (each key stays in it for the access TTL). */
    public static final Duration MIN_ROTATION = Duration.ofHours(1);
    public static final SigningKeyPolicy DEFAULT = new SigningKeyPolicy(Duration.ofDays(30), Duration.ofDays(7));

    public SigningKeyPolicy {
        Objects.requireNonNull(rotation, "rotation");
        Objects.requireNonNull(accessTtl, "accessTtl");
        if (rotation.isNegative() || (!rotation.isZero() && rotation.compareTo(MIN_ROTATION) < 0)) {
            throw new IllegalArgumentException("the signing key rotation period must be 0 (never on a schedule) or at "
                    + "least " + MIN_ROTATION.toHours() + "h: " + rotation);
        }
        if (accessTtl.isNegative() || accessTtl.isZero()) {
            throw new IllegalArgumentException("the access token lifetime must be positive: " + accessTtl);
        }
    }

    /** Whether a key made at {@code createdAt} is to be replaced at {@code now} (never, without a schedule). */
    public boolean rotationDue(Instant createdAt, Instant now) {
        return !rotation.isZero() && !now.isBefore(createdAt.plus(rotation));
    }

    /** The latest issue time of a token signed by a key whose successor was made at {@code successorCreatedAt}. */
    public Instant signedUntil(Instant successorCreatedAt) {
        return successorCreatedAt.plus(LATE_SIGNING);
    }

    /** When a key whose successor was made at {@code successorCreatedAt} stops verifying: every token it signed is over. */
    public Instant retiresAt(Instant successorCreatedAt) {
        return signedUntil(successorCreatedAt).plus(accessTtl).plus(RETIREMENT_MARGIN);
    }
}
