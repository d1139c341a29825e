package dev.warden.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

/**
 * {@code warden_backing_service_up{service="database"|"redis"}}: 1 while the health indicator of the database (JDBC)
 * or of Redis says UP, 0 otherwise; asked every 15 seconds, off any request, with the indicators that {@code /health}
 * uses. A service the instance does not use (no database with {@code AUTH_STORAGE=memory}, no Redis without
 * {@code REDIS_URI}) has no series.
 */
@Singleton
@Requires(beans = MeterRegistry.class)
class BackingServiceGauges {
    private static final Logger LOG = LoggerFactory.getLogger(BackingServiceGauges.class);
    static final String UP = "warden.backing.service.up";
    private static final Map<String, String> SERVICES = Map.of("jdbc", "database", "redis", "redis");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final List<HealthIndicator> indicators;
    private final Map<String, AtomicInteger> up = new ConcurrentHashMap<>();

    BackingServiceGauges(MeterRegistry registry, List<HealthIndicator> indicators) {
        this.registry = registry;
        this.indicators = indicators;
    }

    @Scheduled(fixedDelay = "15s", initialDelay = "1s")
    void check() {
        for (var indicator : indicators) {
            try {
                var result = Flux.from(indicator.getResult()).blockFirst(TIMEOUT);
                if (result == null) {
                    continue;
                }
                var service = SERVICES.get(result.getName());
                if (service != null) {
                    gauge(service).set(HealthStatus.UP.equals(result.getStatus()) ? 1 : 0);
                }
            } catch (RuntimeException e) {
                LOG.debug("Health indicator {} failed: {}", indicator.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private AtomicInteger gauge(String service) {
        return up.computeIfAbsent(service, name -> {
            var value = new AtomicInteger();
            Gauge.builder(UP, value, AtomicInteger::get)
                    .description("1 while the backing service answers its health check")
                    .tag("service", name).register(registry);
            return value;
        });
    }
}
