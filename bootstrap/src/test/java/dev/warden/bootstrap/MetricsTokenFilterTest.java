package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetricsTokenFilterTest {

    @Test
    void aShortMetricsTokenStopsTheStart() {
        assertThatThrownBy(() -> new MetricsTokenFilter("guessable"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AUTH_METRICS_TOKEN");
    }

    @Test
    void noTokenOrALongOneIsAccepted() {
        assertThatCode(() -> new MetricsTokenFilter("")).doesNotThrowAnyException();
        assertThatCode(() -> new MetricsTokenFilter("x".repeat(MetricsTokenFilter.MINIMUM_LENGTH)))
                .doesNotThrowAnyException();
    }
}
