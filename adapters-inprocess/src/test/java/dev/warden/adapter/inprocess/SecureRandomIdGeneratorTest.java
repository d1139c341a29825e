package dev.warden.adapter.inprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SecureRandomIdGeneratorTest {
    private final SecureRandomIdGenerator ids = new SecureRandomIdGenerator();

    @Test
    void hexSecretsHaveTheAskedSizeInLowercaseHexAndNeverRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var secret = ids.newHexSecret(20);
            assertThat(secret).matches("[0-9a-f]{40}");
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    void aHexSecretBelow128BitsIsRefused() {
        assertThatThrownBy(() -> ids.newHexSecret(15)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digitsAreDecimalOfTheAskedLengthAndEveryDigitTurnsUpInEveryPlace() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 2000; i++) {
            var code = ids.newDigits(6);
            assertThat(code).matches("[0-9]{6}");
            for (int place = 0; place < 6; place++) {
                seen.add(place + ":" + code.charAt(place));
            }
        }
        assertThat(seen).hasSize(60);
        assertThatThrownBy(() -> ids.newDigits(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
