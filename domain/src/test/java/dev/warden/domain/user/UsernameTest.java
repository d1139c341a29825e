package dev.warden.domain.user;

import static dev.warden.domain.error.AuthErrors.errorOf;
import static dev.warden.domain.error.AuthErrors.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {
    private static final String ONLY_ALLOWED = "may contain only letters, digits and . + - _";

    @Test
    void displayValueKeepsTheSpellingTheUserChose() {
        var username = Username.of("AdaLovelace");

        assertThat(username.value()).isEqualTo("AdaLovelace");
        assertThat(username.key()).isEqualTo("adalovelace");
    }

    @Test
    void surroundingWhitespaceIsDropped() {
        assertThat(Username.of("  ada \t").value()).isEqualTo("ada");
    }

    @ParameterizedTest
    @ValueSource(strings = {"adalovelace", "ADALOVELACE", "AdaLoveLace", "\uFF21\uFF44\uFF41Lovelace", "ａｄａｌｏｖｅｌａｃｅ"})
    void caseAndWidthVariantsShareOneKey(String spelling) {
        assertThat(Username.of(spelling).key()).isEqualTo(Username.of("AdaLovelace").key());
    }

    @Test
    void fullwidthLettersAreStoredInTheirCompatibilityForm() {
        assertThat(Username.of("ＡｄａＬｏｖｅｌａｃｅ").value()).isEqualTo("AdaLovelace");
    }

    @Test
    void sharpSAndDoubleSShareOneKey() {
        assertThat(Username.of("Straße").key()).isEqualTo(Username.of("STRASSE").key());
        assertThat(Username.of("Straße").value()).isEqualTo("Straße");
    }

    @Test
    void keyOfALoginIdentifierMatchesTheKeyOfTheRegisteredName() {
        assertThat(Username.keyOf(" ADA_lovelace ")).isEqualTo(Username.of("ada_Lovelace").key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada.lovelace", "ada+1", "ada-l", "ada_l", "Ελένη", "名前", "user42"})
    void lettersDigitsAndTheFourSymbolsAreAccepted(String raw) {
        assertThat(Username.of(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankUsernameIsRefused(String raw) {
        assertThat(errorOf(() -> Username.of(raw))).isEqualTo(invalid("username", "must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada lovelace", "ada!", "ada/x", "<script>", "ada;drop", "ada\u200Bl", "ada#1", "ada'"})
    void forbiddenCharactersAreRefused(String raw) {
        assertThat(errorOf(() -> Username.of(raw))).isEqualTo(invalid("username", ONLY_ALLOWED));
    }

    @Test
    void atMostOneHundredFiftyCharacters() {
        assertThat(Username.of("a".repeat(150)).value()).hasSize(150);
        assertThat(errorOf(() -> Username.of("a".repeat(151))))
                .isEqualTo(invalid("username", "size must be between 1 and 150"));
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        var supplementary = "\uD840\uDC00"; // U+20000, a CJK ideograph outside the BMP

        assertThat(Username.of(supplementary.repeat(150)).value()).hasSize(300);
        assertThat(errorOf(() -> Username.of(supplementary.repeat(151))))
                .isEqualTo(invalid("username", "size must be between 1 and 150"));
    }

    @Test
    void anAtSignIsRefusedSoNoUsernameCanLookLikeAnEmail() {
        assertThat(errorOf(() -> Username.of("ada@example.com"))).isEqualTo(invalid("username", ONLY_ALLOWED));
    }
}
