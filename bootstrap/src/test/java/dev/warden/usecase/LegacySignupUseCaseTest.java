package dev.warden.usecase;

import static dev.warden.usecase.Warden.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warden.application.legacy.LegacyTokenSettings;
import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.application.legacy.port.in.LegacySignupCommand;
import dev.warden.application.legacy.port.in.LegacyTokenCommand;
import dev.warden.application.legacy.service.LegacySignupService;
import dev.warden.application.legacy.service.LegacyTokenIssuer;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.Username;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The legacy signup form (seed 001): the same accounts as registration, every field checked on its own. */
class LegacySignupUseCaseTest {
    private static final String REQUIRED = "This field is required.";
    private static final String USERNAME_TAKEN = "A user with that username already exists.";
    private static final String EMAIL_TAKEN = "A user with that email already exists.";

    private final Warden warden = new Warden();

    private LegacyFormResult signup(String username, String password1, String password2, String email,
                                    String acceptTos) {
        return warden.legacySignup.signup(new LegacySignupCommand(username, password1, password2, email, acceptTos));
    }

    private LegacyFormResult signup(String username) {
        return signup(username, PASSWORD, PASSWORD, username + "@example.com", "true");
    }

    private static Map<String, List<String>> errorsOf(LegacyFormResult result) {
        return Wording.legacyErrors(result);
    }

    @Test
    void signupCreatesTheAccountAsRegistrationDoesMailsTheAddressAndIssuesAToken() {
        var result = signup("admin", PASSWORD, PASSWORD, "admin@example.com", "true");

        assertThat(result).isInstanceOf(LegacyFormResult.Issued.class);
        var token = ((LegacyFormResult.Issued) result).token();
        assertThat(token).matches("[0-9a-f]{40}");
        var user = warden.users.findByUsernameKey("admin").orElseThrow();
        assertThat(user.email().value()).isEqualTo("admin@example.com");
        assertThat(user.active()).isTrue();
        assertThat(user.staff()).isFalse();
        assertThat(user.emailVerified()).isFalse();
        assertThat(warden.hasher.verify(PASSWORD, user.passwordHash().orElseThrow())).isTrue();
        assertThat(warden.authenticateLegacyToken.authenticate(new LegacyTokenCommand(token)).userId()).isEqualTo(user.id());
        assertThat(warden.outbox.sentTo("admin@example.com")).extracting("subject")
                .containsExactly("Verify your email address");
        assertThat(warden.loggedIn("admin").accessToken()).as("the JSON login opens the same account").isNotBlank();
    }

    @Test
    void onlyAUsernameThatExistsGetsTheFiveErrorsOfTheSeed() {
        signup("admin");

        assertThat(errorsOf(signup("admin", null, null, null, null))).isEqualTo(Map.of(
                "accept_tos", List.of(REQUIRED),
                "email", List.of(REQUIRED),
                "password1", List.of(REQUIRED),
                "password2", List.of(REQUIRED),
                "username", List.of(USERNAME_TAKEN)));
    }

    @Test
    void theErrorsComeInTheOrderOfTheirFieldNames() {
        assertThat(errorsOf(signup(null, null, null, null, null)).keySet())
                .containsExactly("accept_tos", "email", "password1", "password2", "username");
    }

    @Test
    void everyFieldIsCheckedOnItsOwnAndEveryProblemReportedAtOnce() {
        warden.registered("ada");

        var errors = errorsOf(signup("ADA", PASSWORD, PASSWORD + "!", "Ａda@EXAMPLE.com", "no"));

        assertThat(errors).isEqualTo(Map.of(
                "username", List.of(USERNAME_TAKEN),
                "email", List.of(EMAIL_TAKEN),
                "password2", List.of("The two password fields didn't match."),
                "accept_tos", List.of("You must accept the terms of service.")));
        assertThat(warden.users.count(Optional.empty())).isEqualTo(1);
    }

    @Test
    void aPasswordThePolicyRefusesGetsThePolicysReasonsOnPassword1() {
        var errors = errorsOf(signup("admin", "hunter2", "hunter2", "admin@example.com", "true"));

        assertThat(errors).containsOnlyKeys("password1");
        assertThat(errors.get("password1"))
                .containsExactly("Password must be at least 8 characters long", "Password is too common");
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        var errors = errorsOf(signup("correcthorse", "CorrectHorse", "CorrectHorse", "ch@example.com", "on"));

        assertThat(errors).isEqualTo(Map.of("password1", List.of("Password must not be the same as the username")));
    }

    @Test
    void theTwoPasswordsMustBeExactlyTheSame() {
        assertThat(errorsOf(signup("ada", PASSWORD, PASSWORD + " ", "ada@example.com", "true")))
                .isEqualTo(Map.of("password2", List.of("The two password fields didn't match.")));
    }

    @Test
    void malformedNamesAndAddressesAreReportedOnTheirFields() {
        var errors = errorsOf(signup("bad name!", PASSWORD, PASSWORD, "not-an-email", "true"));

        assertThat(errors).isEqualTo(Map.of(
                "username", List.of("may contain only letters, digits and . + - _"),
                "email", List.of("Enter a valid email address.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "on", "1", "yes", "TRUE", "On", "Yes"})
    void theTermsAreAcceptedByTheUsualWordsInAnyCase(String accepted) {
        assertThat(signup("ada", PASSWORD, PASSWORD, "ada@example.com", accepted))
                .isInstanceOf(LegacyFormResult.Issued.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "off", "0", "no", "accepted"})
    void anythingElseDoesNotAcceptTheTerms(String refused) {
        assertThat(errorsOf(signup("ada", PASSWORD, PASSWORD, "ada@example.com", refused)))
                .isEqualTo(Map.of("accept_tos", List.of("You must accept the terms of service.")));
    }

    @Test
    void blankValuesAreMissing() {
        assertThat(errorsOf(signup(" ", "", "", "  ", " "))).isEqualTo(Map.of(
                "accept_tos", List.of(REQUIRED),
                "email", List.of(REQUIRED),
                "password1", List.of(REQUIRED),
                "password2", List.of(REQUIRED),
                "username", List.of(REQUIRED)));
    }

    @Test
    void aRejectedFormCreatesNothingAndMailsNothing() {
        signup("ada", PASSWORD, "other-" + PASSWORD, "ada@example.com", "true");

        assertThat(warden.users.findByUsernameKey("ada")).isEmpty();
        assertThat(warden.outbox.sent()).isEmpty();
        assertThat(warden.legacyTokens.storedHashes()).isEmpty();
    }

    @Test
    void aNameTakenByAConcurrentSignupIsStillTheFormsError() {
        var racing = new LegacySignupService(warden.accounts, command -> {
            throw new AuthError.EmailTaken().exception();
        }, new LegacyTokenIssuer(warden.legacyTokens, warden.ids, warden.clock, LegacyTokenSettings.DEFAULT));

        var result = racing.signup(new LegacySignupCommand("ada", PASSWORD, PASSWORD, "ada@example.com", "yes"));

        assertThat(errorsOf(result)).isEqualTo(Map.of("email", List.of(EMAIL_TAKEN)));
    }

    @Test
    void aRefusalThatIsNoFormErrorFailsAsItDoesElsewhere() {
        var limited = new LegacySignupService(warden.accounts, command -> {
            throw new AuthError.TooManyRequests(Duration.ofSeconds(30)).exception();
        }, new LegacyTokenIssuer(warden.legacyTokens, warden.ids, warden.clock, LegacyTokenSettings.DEFAULT));

        var thrown = catchThrowableOfType(AuthException.class, () -> limited.signup(
                new LegacySignupCommand("ada", PASSWORD, PASSWORD, "ada@example.com", "yes")));

        assertThat(thrown.error()).isEqualTo(new AuthError.TooManyRequests(Duration.ofSeconds(30)));
    }

    @Test
    void theAccountIsStoredUnderTheSameNormalizedKeysAsARegisteredOne() {
        signup("Ada_Lovelace", PASSWORD, PASSWORD, "Ada@Example.com", "true");

        var user = warden.users.findByUsernameKey(Username.keyOf("ada_lovelace")).orElseThrow();
        assertThat(user.username().value()).isEqualTo("Ada_Lovelace");
        assertThat(warden.users.findByEmailKey(Email.keyOf("ADA@example.COM"))).contains(user);
    }
}
