package dev.warden.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void aCodeIsShownInTwoGroupsOfFive() {
        assertThat(RecoveryCodes.display("abcde01234")).isEqualTo("abcde-01234");
        assertThatThrownBy(() -> RecoveryCodes.display("abcdeu1234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecoveryCodes.display("abcde0123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void caseDashesSpacesAndLookAlikeLettersDoNotMatter() {
        assertThat(RecoveryCodes.normalize("ABCDE-01234")).contains("abcde01234");
        assertThat(RecoveryCodes.normalize("abcde 01234")).contains("abcde01234");
        assertThat(RecoveryCodes.normalize("abcdeOIL34")).contains("abcde01134");
    }

    @Test
    void anythingElseIsNotARecoveryCode() {
        assertThat(RecoveryCodes.normalize("abcde-0123")).isEmpty();
        assertThat(RecoveryCodes.normalize("abcde-012345")).isEmpty();
        assertThat(RecoveryCodes.normalize("abcde-0123u")).isEmpty();
        assertThat(RecoveryCodes.normalize("123456")).isEmpty();
        assertThat(RecoveryCodes.normalize("")).isEmpty();
    }
}
