package dev.warden.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpPolicyTest {
    private static final Instant AT_STEP_100 = Instant.ofEpochSecond(100 * 30 + 7);

    @Test
    void theStepCountsWholeThirtySecondPeriodsSinceTheEpoch() {
        assertThat(TotpPolicy.stepAt(Instant.ofEpochSecond(0))).isZero();
        assertThat(TotpPolicy.stepAt(Instant.ofEpochSecond(29))).isZero();
        assertThat(TotpPolicy.stepAt(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(TotpPolicy.stepAt(Instant.ofEpochSecond(1234567890))).isEqualTo(41152263);
    }

    @Test
    void theCurrentStepComesFirstThenOneStepOfSkewEachWay() {
        assertThat(TotpPolicy.acceptableSteps(AT_STEP_100, TotpPolicy.NO_STEP)).containsExactly(100L, 99L, 101L);
    }

    @Test
    void stepsAtOrBeforeTheLastUsedOneAreNeverAcceptable() {
        assertThat(TotpPolicy.acceptableSteps(AT_STEP_100, 99)).containsExactly(100L, 101L);
        assertThat(TotpPolicy.acceptableSteps(AT_STEP_100, 100)).containsExactly(101L);
        assertThat(TotpPolicy.acceptableSteps(AT_STEP_100, 101)).isEmpty();
    }

    @Test
    void onlySixDigitsLookLikeATotpCode() {
        assertThat(TotpPolicy.looksLikeTotp("012345")).isTrue();
        assertThat(TotpPolicy.looksLikeTotp("12345")).isFalse();
        assertThat(TotpPolicy.looksLikeTotp("1234567")).isFalse();
        assertThat(TotpPolicy.looksLikeTotp("12345a")).isFalse();
        assertThat(TotpPolicy.looksLikeTotp("١٢٣٤٥٦")).isFalse(); // Arabic-Indic digits are not ASCII digits
    }
}
