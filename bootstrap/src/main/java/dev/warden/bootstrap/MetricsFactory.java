package dev.warden.bootstrap;

import dev.warden.adapter.micrometer.MicrometerTelemetry;
import dev.warden.application.shared.port.out.Telemetry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The Telemetry port: Micrometer counters in the registry that {@code /prometheus} exposes, or nothing counted when
 * metrics are switched off ({@code MICRONAUT_METRICS_ENABLED=false}: no registry).
 */
@Factory
class MetricsFactory {

    @Singleton
    Telemetry telemetry(Optional<MeterRegistry> registry) {
        return registry.<Telemetry>map(MicrometerTelemetry::new).orElse(Telemetry.NONE);
    }
}
