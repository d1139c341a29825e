package dev.warden.domain.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignCounterTest {

    @Test
    void anAuthenticatorWithoutACounterAlwaysSaysZeroAndIsAccepted() {
        assertThat(SignCounter.accepts(0, 0)).isTrue();
    }

    @Test
    void aCounterMustGrowOnceEitherSideIsNotZero() {
        assertThat(SignCounter.accepts(0, 1)).isTrue();
        assertThat(SignCounter.accepts(5, 6)).isTrue();
        assertThat(SignCounter.accepts(5, 500)).isTrue();
    }

    @Test
    void aCounterThatStandsStillOrGoesBackIsAClone() {
        assertThat(SignCounter.accepts(5, 5)).isFalse();
        assertThat(SignCounter.accepts(5, 4)).isFalse();
        assertThat(SignCounter.accepts(5, 0)).isFalse();
    }
}
