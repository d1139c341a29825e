package dev.warden.bootstrap;

import static dev.warden.bootstrap.SetCookie.sessionCookieOf;
import static dev.warden.bootstrap.SetCookie.sessionCookiesOf;
import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Use keeps a session or a refresh token family alive only up to an absolute age counted from the login (defaults:
 * 30 days for a session, 90 days for a family), however often it is used (security review, issue 16, finding 6).
 */
@MicronautTest(environments = "mutable-clock")
class AbsoluteLifetimeHttpTest {
    private static final Duration SESSION_MAX_AGE = Duration.ofDays(30);
    private static final Duration FAMILY_MAX_AGE = Duration.ofDays(90);

    @Inject
    MutableClock clock;
    @Inject
    Api api;
    private WardenClient kit;

    @BeforeEach
    void connect() {
        kit = api.kit();
    }

    @Test
    void aSessionUsedEveryFewHoursEndsThirtyDaysAfterItsLogin() {
        var cookie = kit.sessionCookie(kit.register(unique("smax")));

        var used = Duration.ZERO;
        while (used.plusHours(6).compareTo(SESSION_MAX_AGE) < 0) {
            clock.advance(Duration.ofHours(6));
            used = used.plusHours(6);
            assertThat(me(cookie).status()).as("after %s", used).isEqualTo(200);
        }
        clock.advance(SESSION_MAX_AGE.minus(used));

        var reply = me(cookie);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Authentication required");
        assertThat(sessionCookiesOf(reply)).isEmpty();
    }

    @Test
    void theRenewedCookieNeverPromisesMoreThanTheSessionHasLeft() {
        var cookie = kit.sessionCookie(kit.register(unique("scap")));
        for (int day = 1; day <= 27; day++) {
            clock.advance(Duration.ofDays(1));
            assertThat(me(cookie).status()).isEqualTo(200);
        }
        clock.advance(Duration.ofHours(12));

        var resent = sessionCookieOf(me(cookie));

        assertThat(resent.attribute("Max-Age")).contains(Long.toString(Duration.ofDays(2).plusHours(12).toSeconds()));
    }

    @Test
    void aRefreshTokenFamilyRotatedEveryWeekEndsNinetyDaysAfterItsLogin() {
        var refreshToken = kit.tokensFor(kit.register(unique("rmax"))).refreshToken();

        var used = Duration.ZERO;
        while (used.plusDays(7).compareTo(FAMILY_MAX_AGE) < 0) {
            clock.advance(Duration.ofDays(7));
            used = used.plusDays(7);
            var rotated = api.refresh(refreshToken);
            assertThat(rotated.status()).as("after %s", used).isEqualTo(200);
            refreshToken = rotated.string("refresh_token");
        }
        clock.advance(FAMILY_MAX_AGE.minus(used));

        var reply = api.refresh(refreshToken);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Invalid refresh token");
    }

    @Test
    void aTokenRotatedShortlyBeforeItsFamilyEndsDiesWithTheFamily() {
        var first = kit.tokensFor(kit.register(unique("rlast"))).refreshToken();
        var refreshToken = first;
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofDays(21));
            refreshToken = api.refresh(refreshToken).string("refresh_token");
        }
        // day 84: the token just issued would live 30 days, but its family ends on day 90
        clock.advance(Duration.ofDays(6).minusSeconds(1));
        var lastRotation = api.refresh(refreshToken);
        assertThat(lastRotation.status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));

        assertThat(api.refresh(lastRotation.string("refresh_token")).detail()).isEqualTo("Invalid refresh token");
    }

    private Api.Reply me(String cookie) {
        return api.get("/api/auth/me", "Cookie", cookie);
    }
}
