package dev.warden.usecase;

import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.legacy.port.in.LegacyLoginCommand;
import dev.warden.application.ratelimit.RateLimitAssembly;
import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase.Action;
import dev.warden.application.ratelimit.port.out.RateLimiter.Limit;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.session.port.in.SessionSecretCommand;
import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.domain.session.ClientInfo;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the use cases tell the Telemetry port, read back from the harness's meter registry. */
class TelemetryUseCaseTest {
    private final Warden warden = new Warden();

    {
        warden.registered("ada");
    }

    private double count(String name, String... tags) {
        var counter = warden.meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void fiveWrongPasswordsAreFiveFailuresAndALockoutThenLockedAttempts() {
        for (int i = 0; i < 7; i++) {
            errorOf(() -> warden.login.login(new LoginCommand("ada", "not-" + PASSWORD)));
        }

        assertThat(count("warden.logins", "method", "password", "outcome", "failure")).isEqualTo(5);
        assertThat(count("warden.lockouts")).isEqualTo(1);
        assertThat(count("warden.logins", "method", "password", "outcome", "locked")).isEqualTo(2);
    }

    @Test
    void eachWayInCountsUnderItsOwnMethod() {
        warden.loggedIn("ada");
        warden.sessionStarted("ada");
        warden.legacyToken("ada");
        warden.legacyLogin.login(new LegacyLoginCommand("ada", "not-" + PASSWORD, ClientInfo.UNKNOWN));
        warden.authenticatePassword.authenticate(new LoginCommand("ada", PASSWORD));

        assertThat(count("warden.logins", "method", "password", "outcome", "success")).isEqualTo(1);
        assertThat(count("warden.logins", "method", "session", "outcome", "success")).isEqualTo(1);
        assertThat(count("warden.logins", "method", "legacy", "outcome", "success")).isEqualTo(1);
        assertThat(count("warden.logins", "method", "legacy", "outcome", "failure")).isEqualTo(1);
        assertThat(count("warden.logins", "method", "basic", "outcome", "success")).isEqualTo(1);
        assertThat(count("warden.sessions.started")).isEqualTo(1);
    }

    @Test
    void tokensAreCountedWhenIssuedRefreshedAndReplayed() {
        var pair = warden.loggedIn("ada");
        warden.refresh.refresh(new RefreshCommand(pair.refreshToken()));
        errorOf(() -> warden.refresh.refresh(new RefreshCommand(pair.refreshToken())));

        assertThat(count("warden.tokens.issued")).isEqualTo(1);
        assertThat(count("warden.tokens.refreshed")).isEqualTo(1);
        assertThat(count("warden.tokens.reuse.detected")).isEqualTo(1);
    }

    @Test
    void aSessionEndsOnceByItsLogout() {
        var ticket = warden.sessionStarted("ada");
        warden.sessionLogout.endSession(new SessionSecretCommand(ticket.secret()));
        warden.sessionLogout.endSession(new SessionSecretCommand(ticket.secret()));

        assertThat(count("warden.sessions.ended")).isEqualTo(1);
    }

    @Test
    void aRequestRefusedByItsLimitIsCountedByRule() {
        var limits = RateLimitAssembly.of(warden.limiter,
                Map.of(Action.FORGOT_PASSWORD, new Limit(1, Duration.ofMinutes(10))), warden.telemetry)
                .throttleRequests();

        limits.admit(Action.FORGOT_PASSWORD, "198.51.100.7");
        errorOf(() -> limits.admit(Action.FORGOT_PASSWORD, "198.51.100.7"));

        assertThat(count("warden.rate.limit.refusals", "rule", "forgot_password")).isEqualTo(1);
    }
}
