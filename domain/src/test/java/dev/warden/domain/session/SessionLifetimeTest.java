package dev.warden.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {
    private static final Instant LOGIN = Instant.parse("2026-01-15T10:30:00Z");
    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofDays(7), Duration.ofDays(30));

    @Test
    void eachUseGivesAFullIdleLifetimeWhileTheMaximumAgeIsFarAway() {
        assertThat(lifetime.expiryAt(LOGIN, LOGIN)).isEqualTo(LOGIN.plus(Duration.ofDays(7)));
        assertThat(lifetime.expiryAt(LOGIN, LOGIN.plus(Duration.ofDays(20))))
                .isEqualTo(LOGIN.plus(Duration.ofDays(27)));
    }

    @Test
    void nearTheMaximumAgeTheExpiryIsTheMaximumAge() {
        assertThat(lifetime.expiryAt(LOGIN, LOGIN.plus(Duration.ofDays(25)))).isEqualTo(LOGIN.plus(Duration.ofDays(30)));
        assertThat(lifetime.expiryAt(LOGIN, LOGIN.plus(Duration.ofDays(31)))).isEqualTo(LOGIN.plus(Duration.ofDays(30)));
    }

    @Test
    void aSessionTouchedAfterItsMaximumAgeIsExpired() {
        var session = Session.start(UUID.randomUUID(), "hash", new UserId(UUID.randomUUID()), LOGIN, lifetime,
                ClientInfo.UNKNOWN);

        var touched = session.touchedAt(LOGIN.plus(Duration.ofDays(29)), lifetime);

        assertThat(touched.expiresAt()).isEqualTo(LOGIN.plus(Duration.ofDays(30)));
        assertThat(touched.remainingAt(LOGIN.plus(Duration.ofDays(29)))).isEqualTo(Duration.ofDays(1));
        var end = LOGIN.plus(Duration.ofDays(30));
        assertThat(touched.touchedAt(end, lifetime).isExpiredAt(end)).isTrue();
    }

    @Test
    void theMaximumAgeIsAtLeastTheIdleLifetime() {
        assertThat(new SessionLifetime(Duration.ofDays(7), Duration.ofDays(7)).maxAge()).isEqualTo(Duration.ofDays(7));
        assertThatThrownBy(() -> new SessionLifetime(Duration.ofDays(7), Duration.ofDays(6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least");
        assertThatThrownBy(() -> new SessionLifetime(Duration.ZERO, Duration.ofDays(6)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
