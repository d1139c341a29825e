package dev.warden.application.housekeeping;

import java.time.Duration;
import java.util.Objects;

/**
 * How housekeeping deletes.
 *
 * @param auditRetention audit entries older than this go (400 days by default)
 * @param batchSize      rows one statement deletes at most, so that no statement holds locks for long
 * @param pause          the rest between two batches, so that requests get the database in between
 */
public record HousekeepingSettings(Duration auditRetention, int batchSize, Duration pause) {
    public static final HousekeepingSettings DEFAULT =
            new HousekeepingSettings(Duration.ofDays(400), 1000, Duration.ofMillis(50));

    public HousekeepingSettings {
        Objects.requireNonNull(auditRetention, "auditRetention");
        Objects.requireNonNull(pause, "pause");
        if (auditRetention.isNegative() || auditRetention.isZero()) {
            throw new IllegalArgumentException("audit retention must be positive");
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("housekeeping batch size must be 1..10000");
        }
        if (pause.isNegative()) {
            throw new IllegalArgumentException("housekeeping pause must not be negative");
        }
    }
}
