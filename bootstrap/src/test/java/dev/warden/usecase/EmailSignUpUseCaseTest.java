package dev.warden.usecase;

import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.errorOf;
import static dev.warden.usecase.Wording.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.account.port.in.EmailSignUpCommand;
import dev.warden.application.account.port.in.EmailSignUpUseCase;
import dev.warden.application.account.port.in.SignedUp;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.mail.OtpSettings;
import dev.warden.application.mail.port.in.TokenCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.Email;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import dev.warden.domain.session.ClientInfo;
import org.junit.jupiter.api.Test;

/** Sign-up with an email and a password only (the Stack-style surface): registration's rules, a derived username. */
class EmailSignUpUseCaseTest {
    private final Warden warden = new Warden();
    private final EmailSignUpUseCase signUp = warden.emailSignUp;

    private SignedUp signedUp(String email, String password) {
        return signUp.signUp(new EmailSignUpCommand(email, password, ClientInfo.UNKNOWN));
    }

    private AuthError signingUp(String email, String password) {
        return errorOf(() -> signedUp(email, password));
    }

    @Test
    void theAccountGetsTheAddressesLocalPartAsUsernameAndIsSignedIn() {
        var signed = signedUp("Lin.Yu@example.com", PASSWORD);

        var user = warden.stored(signed.userId());
        assertThat(user.username().value()).isEqualTo("Lin.Yu");
        assertThat(user.email().value()).isEqualTo("Lin.Yu@example.com");
        assertThat(user.hasPassword()).isTrue();
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.lastLogin()).contains(Warden.T0);
        assertThat(warden.authenticated(signed.tokens().accessToken()).userId()).isEqualTo(user.id());
        assertThat(warden.refreshed(signed.tokens().refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void itSendsTheVerificationMailOfRegistration() {
        signedUp("mail@example.com", PASSWORD);

        assertThat(warden.outbox.sentTo("mail@example.com")).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Verify your email address"));
    }

    @Test
    void theAccountLogsInWithTheAddressAndPassword() {
        var signed = signedUp("login@example.com", PASSWORD);

        var pair = warden.login.login(new LoginCommand("login@example.com", PASSWORD));

        assertThat(warden.authenticated(pair.accessToken()).userId()).isEqualTo(signed.userId());
    }

    @Test
    void aTakenUsernameGetsASuffix() {
        warden.registered("ada");

        var signed = signedUp("ada@elsewhere.org", PASSWORD);

        assertThat(warden.stored(signed.userId()).username().value()).startsWith("ada-").hasSize(10);
    }

    @Test
    void aTakenAddressIsEmailTaken() {
        warden.registered("ada");

        assertThat(signingUp("ADA@example.com", PASSWORD)).isEqualTo(new AuthError.EmailTaken());
    }

    @Test
    void aMalformedAddressAndAWeakPasswordAreReportedTogether() {
        var error = signingUp("not-an-address", "password");

        assertThat(error).isInstanceOfSatisfying(AuthError.InvalidInput.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("email", "password"));
        assertThat(warden.outbox.sent()).isEmpty();
    }

    @Test
    void missingFieldsAreInvalidInput() {
        assertThat(fieldsOf(signingUp(null, ""))).isEqualTo(java.util.Map.of(
                "email", java.util.List.of("must not be blank"), "password", java.util.List.of("must not be blank")));
    }

    private static final String CALLBACK = "http://localhost:8080/handler/email-verification";

    private SignedUp signedUpWithCallback(String email, String callback) {
        return signUp.signUp(EmailSignUpCommand.of(email, PASSWORD, callback, ClientInfo.UNKNOWN));
    }

    @Test
    void withACallbackTheVerificationMailOpensTheClientsPageWithTheTokenAsCode() {
        var signed = signedUpWithCallback("cb@example.com", CALLBACK);

        var link = warden.outbox.sentTo("cb@example.com").getFirst().link();
        assertThat(link).startsWith(CALLBACK + "?code=");
        var code = URLDecoder.decode(link.substring((CALLBACK + "?code=").length()), StandardCharsets.UTF_8);
        warden.mailFeature(OtpSettings.of(Duration.ofMinutes(10), CALLBACK, Set.of()), Runnable::run)
                .emailVerification().verifyEmail(new TokenCommand(code));
        assertThat(warden.stored(signed.userId()).emailVerified()).isTrue();
    }

    @Test
    void aCallbackOfAnotherOriginOrWithACodeOfItsOwnIsRefusedAndNothingIsMade() {
        assertThat(errorOf(() -> signedUpWithCallback("evil@example.com", "https://evil.example.net/verify")))
                .isEqualTo(new AuthError.CallbackNotAllowed());
        assertThat(errorOf(() -> signedUpWithCallback("evil@example.com", CALLBACK + "?code=mine")))
                .isEqualTo(new AuthError.CallbackNotAllowed());
        assertThat(errorOf(() -> signedUpWithCallback("evil@example.com", "/relative")))
                .isEqualTo(new AuthError.CallbackNotAllowed());

        assertThat(warden.users.findByEmailKey(Email.keyOf("evil@example.com"))).isEmpty();
        assertThat(warden.outbox.sent()).isEmpty();
    }
}
