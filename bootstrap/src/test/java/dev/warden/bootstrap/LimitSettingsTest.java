package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.adapter.web.security.CrossSiteRequests;
import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Limits are written permits/period; a malformed one (or origin) stops the start, "off" lifts the limit. */
class LimitSettingsTest {

    @Test
    void aMalformedLimitStopsTheStartWithItsName() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("auth.rate-limits.login", "lots"), "test").close())
                .hasStackTraceContaining("auth.rate-limits.login must look like 5/15m");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("auth.login-throttle.account-failures", "0/1m"), "test")
                .close()).hasStackTraceContaining("auth.login-throttle.account-failures");
    }

    @Test
    void aMalformedCallbackOriginStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("auth.otp.allowed-callback-origins",
                "https://app.example.com, app.example.org"), "test").close())
                .hasStackTraceContaining("auth.otp.allowed-callback-origins");
    }

    @Test
    void aMalformedAllowedOriginStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("auth.session.allowed-origins",
                "https://app.example.org, app.example.net"), "test").close())
                .hasStackTraceContaining("AUTH_ALLOWED_ORIGINS");
    }

    @Test
    void cookieRequestsAreTrustedFromThePublicUrlThePasskeyPagesAndTheAllowedOrigins() {
        try (var context = ApplicationContext.run(Map.of("auth.public-url", "https://auth.example.org/base",
                "auth.webauthn.rp-id", "example.org", "auth.webauthn.origins", "https://login.example.org",
                "auth.session.allowed-origins", "https://app.example.net/, http://localhost:3000"), "test")) {
            assertThat(context.getBean(CrossSiteRequests.class).trustedOrigins()).containsExactlyInAnyOrder(
                    "https://auth.example.org", "https://login.example.org", "https://app.example.net",
                    "http://localhost:3000");
        }
    }

    @Test
    void aPasskeyOriginOffTheRelyingPartyStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("auth.webauthn.origins", "https://example.org"), "test")
                .close()).hasStackTraceContaining("auth.webauthn.origins");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("auth.webauthn.origins", "not a url"), "test")
                .close()).hasStackTraceContaining("auth.webauthn.origins");
    }

    @Test
    void limitsAreReadInEveryUnit() {
        assertThat(LimitSpec.parse("x", "5/15m")).isEqualTo(new dev.warden.application.ratelimit.port.out.RateLimiter.Limit(5, Duration.ofMinutes(15)));
        assertThat(LimitSpec.parse("x", " 30 / 1h ").period()).isEqualTo(Duration.ofHours(1));
        assertThat(LimitSpec.parse("x", "2/500ms").period()).isEqualTo(Duration.ofMillis(500));
        assertThat(LimitSpec.parse("x", "7/2d").permits()).isEqualTo(7);
    }

    @Test
    void offLiftsALimit() {
        try (var context = ApplicationContext.run(Map.of("auth.rate-limits.register", "off",
                "auth.rate-limits.login", "1/1h"), "test")) {
            var limits = context.getBean(ThrottleRequestsUseCase.class);
            for (int i = 0; i < 50; i++) {
                limits.admit(ThrottleRequestsUseCase.Action.REGISTER, "192.0.2.1");
            }
            limits.admit(ThrottleRequestsUseCase.Action.LOGIN, "192.0.2.1");
            assertThatThrownBy(() -> limits.admit(ThrottleRequestsUseCase.Action.LOGIN, "192.0.2.1"))
                    .hasMessageContaining("TooManyRequests");
        }
    }
}
