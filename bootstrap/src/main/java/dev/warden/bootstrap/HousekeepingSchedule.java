package dev.warden.bootstrap;

import dev.warden.application.housekeeping.port.in.HousekeepingUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the housekeeping sweep every {@code AUTH_HOUSEKEEPING_INTERVAL} after the last one ended (a minute after the
 * start first); {@code off}: never. Of the instances sharing a database only the one holding the cluster lock sweeps.
 */
@Singleton
@Requires(property = "auth.housekeeping.interval", notEquals = "off")
class HousekeepingSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingSchedule.class);

    private final HousekeepingUseCase housekeeping;

    HousekeepingSchedule(HousekeepingUseCase housekeeping) {
        this.housekeeping = housekeeping;
    }

    @Scheduled(fixedDelay = "${auth.housekeeping.interval:10m}",
            initialDelay = "${auth.housekeeping.initial-delay:1m}")
    void sweep() {
        try {
            long started = System.nanoTime();
            var sweep = housekeeping.sweep();
            if (!sweep.ran()) {
                LOG.debug("Housekeeping skipped: another instance holds the lock");
            } else if (sweep.total() > 0) {
                LOG.info("Housekeeping removed {} rows in {} ms: {}", sweep.total(),
                        (System.nanoTime() - started) / 1_000_000, sweep.removed());
            }
        } catch (RuntimeException e) {
            LOG.warn("Housekeeping failed, it runs again at the next interval: {}", e.toString());
        }
    }
}
