package dev.warden.usecase;

import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.T0;
import static dev.warden.usecase.Warden.errorOf;
import static dev.warden.usecase.Wording.fieldsOf;
import static dev.warden.usecase.Wording.worded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.user.Username;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterUseCaseTest {
    private final Warden warden = new Warden();

    private AuthError registering(String username, String email, String password) {
        return errorOf(() -> warden.register.register(new RegisterCommand(username, email, password, null, null)));
    }

    @Test
    void registrationStoresAnActiveUnprivilegedAccountUnderNormalizedKeys() {
        var user = warden.register.register(
                new RegisterCommand("Ada_Lovelace", "Ada@Example.com", PASSWORD, "  Ada ", "Lovelace"));

        assertThat(user.username().value()).isEqualTo("Ada_Lovelace");
        assertThat(user.username().key()).isEqualTo("ada_lovelace");
        assertThat(user.email().value()).isEqualTo("Ada@Example.com");
        assertThat(user.email().key()).isEqualTo("ada@example.com");
        assertThat(user.firstName()).isEqualTo("Ada");
        assertThat(user.lastName()).isEqualTo("Lovelace");
        assertThat(user.active()).isTrue();
        assertThat(user.staff()).isFalse();
        assertThat(user.superuser()).isFalse();
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.membership()).isEmpty();
        assertThat(user.oauthProvider()).isEmpty();
        assertThat(user.dateJoined()).isEqualTo(T0);
        assertThat(user.lastLogin()).isEmpty();
        assertThat(warden.users.findByUsernameKey("ada_lovelace")).contains(user);
        assertThat(warden.users.findByEmailKey("ada@example.com")).contains(user);
    }

    @Test
    void passwordIsStoredOnlyAsAnArgon2idHash() {
        var hash = warden.registered("ada").passwordHash().orElseThrow();

        assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
        assertThat(warden.hasher.verify(PASSWORD, hash)).isTrue();
    }

    @Test
    void everyInvalidFieldIsReportedInOneError() {
        var error = registering("bad name!", "not-an-email", "short");

        assertThat(error).isInstanceOfSatisfying(AuthError.InvalidInput.class, invalid -> {
            assertThat(invalid.fields()).containsOnlyKeys("username", "email", "password");
            var fields = fieldsOf(invalid);
            assertThat(fields.get("username")).containsExactly("may contain only letters, digits and . + - _");
            assertThat(fields.get("email")).containsExactly("must be a well-formed email address");
            assertThat(fields.get("password")).containsExactly("Password must be at least 8 characters long");
        });
    }

    @Test
    void missingFieldsAreReportedTogether() {
        var error = registering(" ", null, "");

        assertThat(fieldsOf(error)).isEqualTo(Map.of(
                "username", List.of("must not be blank"),
                "email", List.of("must not be blank"),
                "password", List.of("must not be blank")));
    }

    @Test
    void commonPasswordIsRefusedOnThePasswordFieldAndNothingIsStored() {
        var error = registering("grace", "grace@example.com", "password1");

        assertThat(error).isEqualTo(AuthError.InvalidInput.of("password", "Password is too common"));
        assertThat(warden.users.findByUsernameKey("grace")).isEmpty();
    }

    @Test
    void passwordEqualToUsernameOrEmailIsRefusedWithItsReason() {
        assertThat(registering("grace_hopper", "grace@example.com", "Grace_Hopper"))
                .isEqualTo(AuthError.InvalidInput.of("password", "Password must not be the same as the username"));
        assertThat(registering("grace_hopper", "grace@example.com", "GRACE@example.com"))
                .isEqualTo(AuthError.InvalidInput.of("password", "Password must not be the same as the email address"));
    }

    @Test
    void passwordWithSeveralFlawsListsEveryReason() {
        assertThat(fieldsOf(registering("grace", "grace@example.com", "123456"))).isEqualTo(Map.of(
                "password", List.of("Password must be at least 8 characters long", "Password is too common")));
    }

    @Test
    void overlongNameIsRefused() {
        var error = errorOf(() -> warden.register.register(
                new RegisterCommand("grace", "grace@example.com", PASSWORD, "G".repeat(151), "Hopper")));

        assertThat(worded(error)).isEqualTo(AuthError.InvalidInput.of("first_name", "size must be between 0 and 150"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada_lovelace", "ADA_LOVELACE", "Ada_Lovelace", "ＡＤＡ_ＬＯＶＥＬＡＣＥ", "ａｄａ＿ｌｏｖｅｌａｃｅ"})
    void usernameTakenWhateverTheCaseOrWidth(String twin) {
        warden.registered("Ada_Lovelace");

        assertThat(registering(twin, "someone.else@example.com", PASSWORD)).isEqualTo(new AuthError.UsernameTaken());
        assertThat(warden.users.findByEmailKey("someone.else@example.com")).isEmpty();
    }

    @Test
    void usernamesThatFoldToTheSameLettersAreTaken() {
        warden.register.register(new RegisterCommand("Straße", "strasse@example.com", PASSWORD, null, null));

        assertThat(registering("STRASSE", "other@example.com", PASSWORD)).isEqualTo(new AuthError.UsernameTaken());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "ADA@EXAMPLE.COM", "Ada@Example.Com", "ａｄａ@ｅｘａｍｐｌｅ.ｃｏｍ"})
    void emailTakenWhateverTheCaseOrWidth(String twin) {
        warden.register.register(new RegisterCommand("ada", "Ada@Example.com", PASSWORD, null, null));

        assertThat(registering("grace", twin, PASSWORD)).isEqualTo(new AuthError.EmailTaken());
        assertThat(warden.users.findByUsernameKey(Username.keyOf("grace"))).isEmpty();
    }

    @Test
    void distinctUsernamesAndEmailsCoexist() {
        var ada = warden.registered("ada");
        var grace = warden.registered("grace");

        assertThat(ada.id()).isNotEqualTo(grace.id());
        assertThat(warden.users.findByUsernameKey("ada")).contains(ada);
        assertThat(warden.users.findByUsernameKey("grace")).contains(grace);
    }

    /** Issue 16, finding 8: "rооt" (Cyrillic о) was registered beside "root". */
    @Test
    void aNameMixingScriptsIsRefusedAsALookAlike() {
        warden.registered("root");

        assertThat(registering("r\u043e\u043et", "mixed@example.com", PASSWORD))
                .isEqualTo(AuthError.InvalidInput.of("username", Reason.CONFUSABLE_NAME));
        assertThat(registering("pay\u200dpal", "hidden@example.com", PASSWORD))
                .isInstanceOf(AuthError.InvalidInput.class);
    }

    @Test
    void aNameInOneScriptThatLooksLikeARegisteredNameIsTaken() {
        warden.registered("paypal");

        assertThat(registering("\u0440\u0430\u0443\u0440\u0430l", "twin@example.com", PASSWORD))
                .isInstanceOf(AuthError.InvalidInput.class); // Cyrillic with a Latin l: mixed scripts
        assertThat(registering("\u0440\u0430\u0443\u0440\u0430\u04cf", "twin@example.com", PASSWORD))
                .isEqualTo(new AuthError.UsernameTaken()); // all Cyrillic, the skeleton of paypal
    }

    @Test
    void namesInOneScriptOrInAMixOneWritingSystemUsesAreAccepted() {
        for (var name : java.util.List.of("\u0438\u0432\u0430\u043d", "\u5c71\u7530taro", "\u00e9lodie_2",
                "\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2", "kim\ud55c\uad6d")) {
            assertThat(warden.register.register(new RegisterCommand(name, "n" + Math.abs(name.hashCode())
                    + "@example.com", PASSWORD, null, null)).username().value()).isEqualTo(name);
        }
    }
}
