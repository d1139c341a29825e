package dev.warden.domain.user;

import static dev.warden.domain.error.AuthErrors.errorOf;
import static dev.warden.domain.error.AuthErrors.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void displayValueKeepsTheSpellingTheUserTyped() {
        var email = Email.of("Ann@Example.com");

        assertThat(email.value()).isEqualTo("Ann@Example.com");
        assertThat(email.key()).isEqualTo("ann@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.com", "ANN@EXAMPLE.COM", "Ann@Example.com", "ａｎｎ@ｅｘａｍｐｌｅ.ｃｏｍ", "ann＠example.com"})
    void caseAndWidthVariantsShareOneKey(String spelling) {
        assertThat(Email.of(spelling).key()).isEqualTo(Email.of("Ann@Example.com").key());
    }

    /** Issue 16: "tım@…" found the account of "tim@…" by its key, and its mail went to another mailbox. */
    @ParameterizedTest
    @ValueSource(strings = {"tıme@gmail.com", "straße@example.de", "ann@straße.de", "ANN@STRAßE.DE"})
    void lettersThatFoldIntoOtherLettersAreRefused(String lookAlike) {
        assertThat(errorOf(() -> Email.of(lookAlike))).isEqualTo(invalid("email", Email.LOOK_ALIKE));
    }

    @Test
    void aSharpSLookAlikeStillCannotReachTheDoubleSAccount() {
        assertThat(Email.keyOf("straße@example.de")).isEqualTo(Email.of("STRASSE@example.de").key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann\u0000@example.com", "ann@example.com\u0000", "ann\u007f@example.com",
            "ann\u2028@example.com", "ann@example.com\u2028", "an\u200bn@example.com", "ann\u00a0@example.com",
            "ann@exam\u202eple.com", "\u0007ann@example.com", "ann\u001b@example.com"})
    void controlAndInvisibleCharactersAreRefused(String raw) {
        assertThat(errorOf(() -> Email.of(raw))).isEqualTo(invalid("email", Email.INVISIBLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@bücher.de", "ann@BÜCHER.de", "ann@xn--bcher-kva.de", "ANN@XN--BCHER-KVA.DE"})
    void domainsAreComparedAfterIdna(String spelling) {
        assertThat(Email.of(spelling).key()).isEqualTo("ann@bücher.de");
        assertThat(Email.keyOf(spelling)).isEqualTo("ann@bücher.de");
    }

    @Test
    void aDomainThatIdnaRefusesIsMalformed() {
        var longLabel = "a".repeat(64);

        assertThat(errorOf(() -> Email.of("ann@" + longLabel + ".com"))).isEqualTo(invalid("email", Email.MALFORMED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"élodie@exemple.fr", "ÉLODIE@exemple.fr", "İlker@example.com", "οδυσσευς@example.gr",
            "ΟΔΥΣΣΕΥΣ@example.gr"})
    void lettersWhoseFoldIsTheirLowerCaseAreAccepted(String raw) {
        assertThat(Email.of(raw).value()).isEqualTo(raw);
    }

    @Test
    void keyOfALoginIdentifierMatchesTheKeyOfTheRegisteredAddress() {
        assertThat(Email.keyOf("  ANN@EXAMPLE.COM ")).isEqualTo(Email.of("ann@example.com").key());
    }

    @Test
    void surroundingWhitespaceIsDropped() {
        assertThat(Email.of("  ann@example.com\n").value()).isEqualTo("ann@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.com", "first.last+tag@sub.example.org", "a_b-c@example.co", "élodie@exemple.fr"})
    void wellFormedAddressesAreAccepted(String raw) {
        assertThat(Email.of(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "a@b", "a b@example.com", "ann@@example.com", "@example.com", "ann@",
            "ann@example", "ann@example.c", ".ann@example.com", "ann..lee@example.com", "ann.@example.com",
            "ann@example..com", "ann@exa mple.com", "<ann>@example.com", "ann@example.com.", "ann@[127.0.0.1]"})
    void malformedAddressesAreRefused(String raw) {
        assertThat(errorOf(() -> Email.of(raw))).isEqualTo(invalid("email", "must be a well-formed email address"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void blankAddressIsRefused(String raw) {
        assertThat(errorOf(() -> Email.of(raw))).isEqualTo(invalid("email", "must not be blank"));
    }

    @Test
    void atMostTwoHundredFiftyFourCharacters() {
        var longest = "a".repeat(242) + "@example.com";

        assertThat(Email.of(longest).value()).hasSize(254);
        assertThat(errorOf(() -> Email.of("a" + longest)))
                .isEqualTo(invalid("email", "must be a well-formed email address"));
    }
}
