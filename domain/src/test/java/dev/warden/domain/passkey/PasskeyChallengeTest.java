package dev.warden.domain.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasskeyChallengeTest {
    private static final Instant NOW = Instant.parse("2026-01-15T10:30:00Z");
    private final UserId ada = new UserId(UUID.randomUUID());

    @Test
    void aChallengeLivesFiveMinutes() {
        var challenge = PasskeyChallenge.forLogin("id", new byte[32], Optional.empty(), NOW);

        assertThat(challenge.usableAt(NOW.plusSeconds(299))).isTrue();
        assertThat(challenge.usableAt(NOW.plusSeconds(300))).isFalse();
    }

    @Test
    void registrationIsFoundByTheChallengeAndSignInByItsIdNeverByEachOthers() {
        var bytes = new byte[] {1, 2, 3};
        var registration = PasskeyChallenge.forRegistration(bytes, ada, NOW);

        assertThat(registration.key()).isEqualTo(PasskeyChallenge.registrationKey(new byte[] {1, 2, 3}))
                .isNotEqualTo(PasskeyChallenge.loginKey("AQID"));
        assertThat(registration.userId()).contains(ada);
    }

    @Test
    void aRegistrationChallengeBelongsToAUser() {
        assertThatThrownBy(() -> new PasskeyChallenge("k", PasskeyChallenge.Purpose.REGISTER, Optional.empty(),
                new byte[32], NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
