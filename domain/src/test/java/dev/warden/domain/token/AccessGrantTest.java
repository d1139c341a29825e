package dev.warden.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessGrantTest {
    private static final Instant T0 = Instant.parse("2026-01-15T10:30:00Z");
    private static final UserId ADA = new UserId(UUID.randomUUID());

    @Test
    void grantIsValidUntilJustBeforeItsExpiry() {
        var grant = new AccessGrant("jti-1", ADA, T0, T0.plus(Duration.ofDays(7)));

        assertThat(grant.isExpiredAt(T0)).isFalse();
        assertThat(grant.isExpiredAt(T0.plus(Duration.ofDays(7)).minusMillis(1))).isFalse();
        assertThat(grant.isExpiredAt(T0.plus(Duration.ofDays(7)))).isTrue();
    }

    @Test
    void grantMustExpireAfterItIsIssued() {
        assertThatThrownBy(() -> new AccessGrant("jti-1", ADA, T0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessGrant("jti-1", ADA, T0, T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
