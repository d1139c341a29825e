package dev.warden.bootstrap;

import dev.warden.application.housekeeping.HousekeepingSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code auth.housekeeping.*}: how often the sweep runs ({@code AUTH_HOUSEKEEPING_INTERVAL}, {@code off} for never),
 * its batches, and how long audit entries are kept ({@code AUTH_AUDIT_RETENTION}).
 */
@ConfigurationProperties("auth.housekeeping")
public record HousekeepingProperties(@Bindable(defaultValue = "10m") String interval,
                                     @Bindable(defaultValue = "1000") int batchSize,
                                     @Bindable(defaultValue = "50ms") Duration pause,
                                     @Bindable(defaultValue = "400d") Duration auditRetention) {

    HousekeepingSettings settings() {
        return new HousekeepingSettings(auditRetention, batchSize, pause);
    }
}
