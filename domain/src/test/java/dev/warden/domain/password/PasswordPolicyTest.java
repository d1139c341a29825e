package dev.warden.domain.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.domain.user.Email;
import dev.warden.domain.user.Username;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final String TOO_SHORT = "Password must be at least 8 characters long";
    private static final String TOO_LONG = "Password must be at most 128 characters long";
    private static final String TOO_COMMON = "Password is too common";
    private static final String SAME_AS_USERNAME = "Password must not be the same as the username";
    private static final String SAME_AS_EMAIL = "Password must not be the same as the email address";
    private static final String EMOJI = "\uD83D\uDE00";

    private final PasswordPolicy policy = PasswordPolicy.standard();
    private final Username ada = Username.of("ada_lovelace");
    private final Email adaEmail = Email.of("ada@example.com");

    @Test
    void strongPasswordPassesWithNoReasons() {
        assertThat(policy.violations("violet-harbour-lantern", ada, adaEmail)).isEmpty();
    }

    @Test
    void noCompositionRulesApply() {
        assertThat(policy.violations("correct horse battery staple", ada, adaEmail)).isEmpty();
    }

    @Test
    void eightCharactersIsTheDefaultMinimum() {
        assertThat(policy.minLength()).isEqualTo(8);
        assertThat(policy.violations("Xk9#mQ2", ada, adaEmail)).containsExactly(TOO_SHORT);
        assertThat(policy.violations("Xk9#mQ2z", ada, adaEmail)).isEmpty();
    }

    @Test
    void oneHundredTwentyEightCharactersIsTheMaximum() {
        var longest = "Xk9#mQ2z".repeat(16);

        assertThat(policy.violations(longest, ada, adaEmail)).isEmpty();
        assertThat(policy.violations(longest + "a", ada, adaEmail)).containsExactly(TOO_LONG);
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        assertThat(policy.violations(EMOJI.repeat(7), ada, adaEmail)).containsExactly(TOO_SHORT);
        assertThat(policy.violations(EMOJI.repeat(8), ada, adaEmail)).isEmpty();
        assertThat(policy.violations(EMOJI.repeat(128), ada, adaEmail)).isEmpty();
        assertThat(policy.violations(EMOJI.repeat(129), ada, adaEmail)).containsExactly(TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1", "PASSWORD1", "Password1", "qwertyuiop", "QwErTyUiOp", "letmein1"})
    void commonPasswordsAreRefusedWhateverTheCase(String password) {
        assertThat(policy.violations(password, ada, adaEmail)).containsExactly(TOO_COMMON);
    }

    @Test
    void shortCommonPasswordGetsBothReasons() {
        assertThat(policy.violations("123456", ada, adaEmail)).containsExactlyInAnyOrder(TOO_SHORT, TOO_COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada_lovelace", "ADA_LOVELACE", "Ada_Lovelace", "ＡＤＡ＿ｌｏｖｅｌａｃｅ"})
    void passwordEqualToTheUsernameIsRefused(String password) {
        assertThat(policy.violations(password, ada, adaEmail)).containsExactly(SAME_AS_USERNAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "ADA@Example.COM"})
    void passwordEqualToTheEmailIsRefused(String password) {
        assertThat(policy.violations(password, ada, adaEmail)).containsExactly(SAME_AS_EMAIL);
    }

    @Test
    void usernameThatIsACommonPasswordGetsBothReasons() {
        assertThat(policy.violations("password1", Username.of("password1"), adaEmail))
                .containsExactly(TOO_COMMON, SAME_AS_USERNAME);
    }

    @Test
    void passwordIsJudgedAloneWhenUsernameAndEmailAreUnknown() {
        assertThat(policy.violations("ada_lovelace", null, null)).isEmpty();
        assertThat(policy.violations("password1", null, null)).containsExactly(TOO_COMMON);
    }

    @Test
    void bundledListHoldsAtLeastTenThousandPasswords() {
        var bundled = CommonPasswords.bundled();

        assertThat(bundled.size()).isGreaterThanOrEqualTo(10_000);
        assertThat(bundled.contains("123456")).isTrue();
        assertThat(bundled.contains("violet-harbour-lantern")).isFalse();
    }

    @Test
    void aCustomListIsComparedCaseInsensitively() {
        var custom = new PasswordPolicy(8, new CommonPasswords(Set.of("Winter2026!")));

        assertThat(custom.violations("WINTER2026!", ada, adaEmail)).containsExactly(TOO_COMMON);
        assertThat(custom.violations("password1", ada, adaEmail)).isEmpty();
    }

    @Test
    void minimumLengthCanBeRaised() {
        var nist = new PasswordPolicy(15, CommonPasswords.bundled());

        assertThat(nist.minLength()).isEqualTo(15);
        assertThat(nist.violations("violet-harbour", ada, adaEmail))
                .containsExactly("Password must be at least 15 characters long");
        assertThat(nist.violations("violet-harbour-", ada, adaEmail)).isEmpty();
    }

    @Test
    void theLengthReasonsSayWhichLimitTheyName() {
        var nist = new PasswordPolicy(15, CommonPasswords.bundled());
        var short15 = nist.violations("violet-harbour", ada, adaEmail).getFirst();
        var tooLong = nist.violations("v".repeat(129), ada, adaEmail).getFirst();

        assertThat(PasswordPolicy.minLengthNamedBy(short15)).hasValue(15);
        assertThat(PasswordPolicy.minLengthNamedBy(TOO_SHORT)).hasValue(8);
        assertThat(PasswordPolicy.minLengthNamedBy(TOO_COMMON)).isEmpty();
        assertThat(PasswordPolicy.minLengthNamedBy(tooLong)).isEmpty();
        assertThat(PasswordPolicy.saysTooLong(tooLong)).isTrue();
        assertThat(PasswordPolicy.saysTooLong(short15)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 6, 7, 129})
    void minimumLengthCannotGoBelowEightOrAboveTheMaximum(int minLength) {
        assertThatThrownBy(() -> new PasswordPolicy(minLength, CommonPasswords.bundled()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 8 and 128");
    }
}
