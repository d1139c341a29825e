package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.application.session.SessionSettings;
import dev.warden.application.token.TokenLifetimes;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A maximum age shorter than the lifetime it bounds makes no sense: the service does not start with one. */
class LifetimeSettingsTest {

    @Test
    void aSessionMaximumAgeShorterThanTheSessionLifetimeStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("auth.session.ttl", "7d", "auth.session.max-age", "1d"),
                "test").close()).hasStackTraceContaining("AUTH_SESSION_MAX_AGE")
                .hasStackTraceContaining("must be at least");
    }

    @Test
    void aFamilyMaximumAgeShorterThanTheRefreshTokenLifetimeStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("auth.tokens.refresh-max-age", "29d"), "test").close())
                .hasStackTraceContaining("AUTH_TOKENS_REFRESH_MAX_AGE").hasStackTraceContaining("must be at least");
    }

    @Test
    void theDefaultsAreThirtyDaysForASessionAndNinetyForARefreshTokenFamily() {
        try (var context = ApplicationContext.run("test")) {
            assertThat(context.getBean(SessionSettings.class).lifetime().maxAge()).isEqualTo(Duration.ofDays(30));
            assertThat(context.getBean(TokenLifetimes.class).refreshMaxAge()).isEqualTo(Duration.ofDays(90));
        }
    }

    @Test
    void bothMaximumAgesAreConfigurable() {
        try (var context = ApplicationContext.run(Map.of("auth.session.max-age", "7d",
                "auth.tokens.refresh-max-age", "30d"), "test")) {
            assertThat(context.getBean(SessionSettings.class).lifetime().maxAge()).isEqualTo(Duration.ofDays(7));
            assertThat(context.getBean(TokenLifetimes.class).refreshMaxAge()).isEqualTo(Duration.ofDays(30));
        }
    }
}
