package dev.warden.domain.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignInCodeTest {
    private static final Instant T0 = Instant.parse("2026-01-15T10:30:00Z");
    private final SignInCode code = SignInCode.issue(UUID.randomUUID(), "042195", "the-nonce", "ada@example.com", T0,
            Duration.ofMinutes(10));

    @Test
    void onlyTheDigitsFollowedByTheNonceMatchAndNeitherIsStoredInClear() {
        assertThat(code.matches("042195the-nonce")).isTrue();
        assertThat(code.matches("042196the-nonce")).isFalse();
        assertThat(code.matches("042195other-nonce")).isFalse();
        assertThat(code.matches("the-nonce042195")).isFalse();
        assertThat(code.codeHash()).doesNotContain("042195").hasSize(64);
        assertThat(code.nonceHash()).isEqualTo(SignInCode.nonceHashOf("the-nonce")).doesNotContain("the-nonce");
    }

    @Test
    void usableUntilItExpires() {
        assertThat(code.isUsable(T0.plus(Duration.ofMinutes(10)).minusMillis(1))).isTrue();
        assertThat(code.isUsable(T0.plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void deadOnceUsedOrAfterFiveAttempts() {
        var used = new SignInCode(code.id(), code.nonceHash(), code.codeHash(), code.email(), T0, code.expiresAt(), 0,
                Optional.of(T0.plusSeconds(1)));
        var fourWrong = new SignInCode(code.id(), code.nonceHash(), code.codeHash(), code.email(), T0, code.expiresAt(), 4,
                Optional.empty());
        var fiveWrong = new SignInCode(code.id(), code.nonceHash(), code.codeHash(), code.email(), T0, code.expiresAt(), 5,
                Optional.empty());

        assertThat(used.isUsable(T0.plusSeconds(2))).isFalse();
        assertThat(fourWrong.isUsable(T0)).isTrue();
        assertThat(fiveWrong.isUsable(T0)).isFalse();
    }
}
