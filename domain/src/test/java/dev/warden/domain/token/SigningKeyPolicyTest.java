package dev.warden.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningKeyPolicyTest {
    private static final Instant T0 = Instant.parse("2026-01-15T10:30:00Z");
    private static final SigningKeyPolicy POLICY = new SigningKeyPolicy(Duration.ofDays(30), Duration.ofDays(7));

    @Test
    void aKeyIsReplacedOnceItsRotationPeriodIsOver() {
        assertThat(POLICY.rotationDue(T0, T0.plus(Duration.ofDays(30)).minusMillis(1))).isFalse();
        assertThat(POLICY.rotationDue(T0, T0.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void withoutASchedulePeriodAKeyIsNeverDue() {
        var manual = new SigningKeyPolicy(Duration.ZERO, Duration.ofDays(7));

        assertThat(manual.rotationDue(T0, T0.plus(Duration.ofDays(3650)))).isFalse();
    }

    @Test
    void aReplacedKeySignsAMinuteLongerAndVerifiesUntilItsLastTokensAreOver() {
        var successor = T0.plus(Duration.ofDays(30));

        assertThat(POLICY.signedUntil(successor)).isEqualTo(successor.plus(Duration.ofMinutes(1)));
        assertThat(POLICY.retiresAt(successor)).isEqualTo(successor.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(2)));
    }

    @Test
    void theRetirementOutlivesEveryTokenOfTheKeyWithItsSkew() {
        var successor = T0.plus(Duration.ofDays(30));
        var lastIssued = POLICY.signedUntil(successor);
        var skew = Duration.ofSeconds(30);

        assertThat(POLICY.retiresAt(successor)).isAfterOrEqualTo(lastIssued.plus(POLICY.accessTtl()).plus(skew));
    }

    @Test
    void aRotationMoreOftenThanHourlyOrNegativeIsRefused() {
        assertThatThrownBy(() -> new SigningKeyPolicy(Duration.ofMinutes(59), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1h");
        assertThatThrownBy(() -> new SigningKeyPolicy(Duration.ofDays(-1), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SigningKeyPolicy(Duration.ofDays(30), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
