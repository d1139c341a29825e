package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Without {@code AUTH_METRICS_TOKEN}, the default, {@code /prometheus} is not there for anyone. */
@MicronautTest
class MetricsOffHttpTest {
    @Inject
    Api api;

    @Test
    void withoutAMetricsTokenThereIsNoMetricsEndpoint() {
        assertThat(api.get("/prometheus").status()).isEqualTo(404);
        assertThat(api.get("/prometheus", "Authorization", "Bearer ").status()).isEqualTo(404);
    }
}
