package dev.warden.adapter.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.Telemetry.LoginMethod;
import dev.warden.application.shared.port.out.Telemetry.LoginOutcome;
import dev.warden.domain.error.AuthError;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MicrometerTelemetryTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MicrometerTelemetry telemetry = new MicrometerTelemetry(registry);

    @Test
    void everyLoginSeriesExistsAtZeroFromTheStart() {
        var text = registry.scrape();
        for (var method : LoginMethod.values()) {
            for (var outcome : LoginOutcome.values()) {
                assertThat(text).contains("warden_logins_total{method=\"" + method.label() + "\",outcome=\""
                        + outcome.label() + "\"} 0.0");
            }
        }
        assertThat(text).contains("warden_tokens_issued_total 0.0", "warden_sessions_started_total 0.0",
                "warden_backing_service_unavailable_total{service=\"database\"} 0.0");
    }

    @Test
    void aLoginIsCountedByItsOutcomeAsTheErrorSaysIt() {
        telemetry.login(LoginMethod.PASSWORD, () -> "pair");
        assertThatThrownBy(() -> telemetry.login(LoginMethod.PASSWORD, () -> {
            throw new AuthError.InvalidCredentials().exception();
        }));
        assertThatThrownBy(() -> telemetry.login(LoginMethod.SESSION, () -> {
            throw new AuthError.TooManyFailedLogins(Duration.ofMinutes(1)).exception();
        }));
        assertThatThrownBy(() -> telemetry.login(LoginMethod.OTP, () -> {
            throw new AuthError.MfaRequired("t", java.util.List.of("totp")).exception();
        }));
        assertThatThrownBy(() -> telemetry.login(LoginMethod.LEGACY, () -> {
            throw new AuthError.AccountDisabled().exception();
        }));
        assertThatThrownBy(() -> telemetry.login(LoginMethod.PASSKEY, () -> {
            throw new BackingServiceUnavailable(BackingServiceUnavailable.Service.DATABASE, null);
        }));

        assertThat(count("warden.logins", "method", "password", "outcome", "success")).isEqualTo(1);
        assertThat(count("warden.logins", "method", "password", "outcome", "failure")).isEqualTo(1);
        assertThat(count("warden.logins", "method", "session", "outcome", "locked")).isEqualTo(1);
        assertThat(count("warden.logins", "method", "otp", "outcome", "mfa_required")).isEqualTo(1);
        assertThat(count("warden.logins", "method", "legacy", "outcome", "disabled")).isEqualTo(1);
        assertThat(registry.find("warden.logins").tag("method", "passkey").counters())
                .allSatisfy(counter -> assertThat(counter.count()).isZero()); // an outage is no login outcome
    }

    @Test
    void theOtherEventsAreCountedUnderTheirPrometheusNames() {
        telemetry.lockout();
        telemetry.rateLimited("login");
        telemetry.rateLimited("login");
        telemetry.tokensIssued();
        telemetry.tokensRefreshed();
        telemetry.refreshReuseDetected();
        telemetry.sessionCreated();
        telemetry.sessionsEnded(3);
        telemetry.sessionsEnded(0);
        telemetry.mailSent();
        telemetry.mailFailed();
        telemetry.providerError("github");
        telemetry.unavailable(BackingServiceUnavailable.Service.SESSION_STORE);
        telemetry.removed("refresh_tokens", 42);

        var text = registry.scrape();
        assertThat(text).contains(
                "warden_lockouts_total 1.0",
                "warden_rate_limit_refusals_total{rule=\"login\"} 2.0",
                "warden_tokens_issued_total 1.0",
                "warden_tokens_refreshed_total 1.0",
                "warden_tokens_reuse_detected_total 1.0",
                "warden_sessions_started_total 1.0",
                "warden_sessions_ended_total 3.0",
                "warden_mails_sent_total 1.0",
                "warden_mails_failed_total 1.0",
                "warden_oauth_provider_errors_total{provider=\"github\"} 1.0",
                "warden_backing_service_unavailable_total{service=\"session_store\"} 1.0",
                "warden_housekeeping_removed_total{what=\"refresh_tokens\"} 42.0");
    }

    private double count(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }
}
