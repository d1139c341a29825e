package dev.warden.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.warden.adapter.memory.InMemorySignInCodeStore;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.mail.OtpSettings;
import dev.warden.application.mail.port.in.OtpSignIn;
import dev.warden.application.mail.port.in.OtpSignInCommand;
import dev.warden.application.mail.port.in.OtpSignInUseCase;
import dev.warden.application.mail.port.in.SendSignInCodeCommand;
import dev.warden.application.mail.port.out.MailMessage;
import dev.warden.application.secondfactor.port.in.MfaCompletion;
import dev.warden.application.secondfactor.port.in.SecondFactorCommand;
import dev.warden.application.secondfactor.port.in.VerifyMfaCommand;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.mfa.TotpPolicy;
import dev.warden.domain.session.ClientInfo;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sign-in by a mailed code (seed 002), on the in-memory adapters. */
class OtpSignInUseCaseTest {
    private static final String CALLBACK = "http://localhost:8080/verify-otp";
    private static final Pattern DIGITS = Pattern.compile("^    (\\d{6})$", Pattern.MULTILINE);

    private final Warden warden = new Warden();
    private final InMemorySignInCodeStore codes = warden.signInCodes;
    private final OtpSignInUseCase otp = warden.mailFeature(
            OtpSettings.of(Duration.ofMinutes(10), "http://localhost:8080", Set.of("https://app.example.com")),
            Runnable::run).otpSignIn();

    private String send(String email, String callback) {
        return otp.sendSignInCode(SendSignInCodeCommand.of(email, callback, "203.0.113.9"));
    }

    private String mailedDigits(String email) {
        var mails = warden.outbox.sentTo(email);
        var matcher = DIGITS.matcher(mails.getLast().text());
        assertThat(matcher.find()).as(mails.getLast().text()).isTrue();
        return matcher.group(1);
    }

    private OtpSignIn signIn(String code) {
        return otp.signIn(new OtpSignInCommand(code, ClientInfo.UNKNOWN));
    }

    private static void assertRefused(Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.error()).isInstanceOf(AuthError.InvalidSignInCode.class));
    }

    @Test
    void anUnknownAddressGetsAVerifiedAccountWithoutAPassword() {
        var nonce = send("New.Person@Example.com", CALLBACK);
        var digits = mailedDigits("New.Person@Example.com");

        var signedIn = signIn(digits + nonce);

        assertThat(signedIn.newUser()).isTrue();
        var user = warden.users.findById(signedIn.userId()).orElseThrow();
        assertThat(user.email().value()).isEqualTo("New.Person@Example.com");
        assertThat(user.emailVerified()).isTrue();
        assertThat(user.hasPassword()).isFalse();
        assertThat(user.lastLogin()).isPresent();
        assertThat(warden.authenticated(signedIn.tokens().accessToken()).userId()).isEqualTo(user.id());
    }

    @Test
    void aKnownAddressSignsIntoItsAccountAndVerifiesIt() {
        var ada = warden.registered("ada");
        assertThat(ada.emailVerified()).isFalse();
        var nonce = send("ADA@example.com", CALLBACK);

        var signedIn = signIn(mailedDigits("ADA@example.com") + nonce);

        assertThat(signedIn.newUser()).isFalse();
        assertThat(signedIn.userId()).isEqualTo(ada.id());
        assertThat(warden.users.findById(ada.id()).orElseThrow().emailVerified()).isTrue();
    }

    /** Issue 16: the code for an account went to the spelling of the request, a mailbox other than the account's. */
    @Test
    void theCodeOfAnAccountGoesToTheAddressStoredOnItNotToTheSpellingAsked() {
        var ada = warden.registered("Ada.Stored");
        var nonce = send("ADA.STORED@EXAMPLE.COM", CALLBACK);

        var mail = warden.outbox.sent().getLast();
        assertThat(mail.subject()).isEqualTo("Your sign-in code");
        assertThat(mail.to()).isEqualTo("Ada.Stored@example.com");
        assertThat(signIn(mailedDigits("Ada.Stored@example.com") + nonce).userId()).isEqualTo(ada.id());
    }

    @Test
    void anAccountWhoseAddressPredatesTheLookAlikeRuleStillSignsInByCode() {
        var old = dev.warden.domain.user.User.register(new dev.warden.domain.user.UserId(java.util.UUID.randomUUID()),
                dev.warden.domain.user.Username.of("strasse"),
                new dev.warden.domain.user.Email("stra\u00dfe@example.de", "strasse@example.de"), "$argon2id$x", "", "",
                warden.clock.now());
        warden.users.add(old);

        var nonce = send("STRASSE@example.de", CALLBACK);

        assertThat(warden.outbox.sent().getLast().to()).isEqualTo("stra\u00dfe@example.de");
        assertThat(signIn(mailedDigits("stra\u00dfe@example.de") + nonce).userId()).isEqualTo(old.id());
    }

    @Test
    void aLookAlikeSpellingOfAnAccountsAddressIsRefusedAndNoMailLeaves() {
        warden.registered("time");
        int before = warden.outbox.sent().size();

        var refused = catchThrowable(() -> send("t\u0131me@example.com", CALLBACK));

        assertThat(refused).isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.error())
                .isEqualTo(AuthError.InvalidInput.of("email", dev.warden.domain.user.Email.LOOK_ALIKE)));
        assertThat(warden.outbox.sent()).hasSize(before);
    }

    @Test
    void theReplyIsTheSameShapeForKnownAndUnknownAddressesAndBothGetAMail() {
        warden.registered("grace");
        var known = send("grace@example.com", CALLBACK);
        var unknown = send("nobody@example.com", CALLBACK);

        assertThat(known).hasSameSizeAs(unknown).doesNotContain("grace");
        assertThat(warden.outbox.sentTo("grace@example.com")).hasSize(2); // the verification mail, then the code
        assertThat(warden.outbox.sentTo("nobody@example.com")).hasSize(1);
    }

    @Test
    void theMailedLinkOpensTheCallbackWithTheDigitsAndTheNonce() {
        var nonce = send("lin@example.com", "https://app.example.com/verify-otp?step=2");
        MailMessage mail = warden.outbox.sentTo("lin@example.com").getLast();
        var digits = mailedDigits("lin@example.com");

        assertThat(mail.link()).isEqualTo("https://app.example.com/verify-otp?step=2&code=" + digits + nonce);
        assertThat(mail.html()).contains(digits).contains("https://app.example.com/verify-otp?step=2&amp;code=");
        assertThat(mail.subject()).doesNotContain(digits);
    }

    @Test
    void aCodeWorksOnce() {
        var nonce = send("once@example.com", CALLBACK);
        var code = mailedDigits("once@example.com") + nonce;
        signIn(code);

        assertRefused(() -> signIn(code));
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        var nonce = send("late@example.com", CALLBACK);
        var code = mailedDigits("late@example.com") + nonce;

        warden.clock.advance(Duration.ofMinutes(10));

        assertRefused(() -> signIn(code));
    }

    @Test
    void fiveWrongCodesKillTheNonceEvenForTheRightCode() {
        var nonce = send("guess@example.com", CALLBACK);
        var digits = mailedDigits("guess@example.com");
        var wrong = digits.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertRefused(() -> signIn(wrong + nonce));
        }

        assertRefused(() -> signIn(digits + nonce));
    }

    @Test
    void fourWrongCodesStillLeaveTheRightOneWorking() {
        var nonce = send("typo@example.com", CALLBACK);
        var digits = mailedDigits("typo@example.com");
        var wrong = digits.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertRefused(() -> signIn(wrong + nonce));
        }

        assertThat(signIn(digits + nonce).newUser()).isTrue();
    }

    @Test
    void anUnknownNonceOrAShortCodeIsRefused() {
        send("who@example.com", CALLBACK);

        assertRefused(() -> signIn("123456" + "not-a-nonce"));
        assertRefused(() -> signIn("123456"));
    }

    @Test
    void aCallbackOnAForeignOriginIsRefusedAndNoMailLeaves() {
        for (var foreign : new String[] {"https://evil.example.net/verify", "http://app.example.com/verify",
                "https://app.example.com:8443/verify", "http://localhost:8081/verify"}) {
            assertThatThrownBy(() -> send("victim@example.com", foreign)).as(foreign)
                    .isInstanceOfSatisfying(AuthException.class,
                            e -> assertThat(e.error()).isInstanceOf(AuthError.CallbackNotAllowed.class));
        }
        assertThat(warden.outbox.sentTo("victim@example.com")).isEmpty();
    }

    @Test
    void missingOrMalformedFieldsAreReportedTogether() {
        assertThatThrownBy(() -> SendSignInCodeCommand.of("not-an-email", " ", ""))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.error())
                        .isInstanceOfSatisfying(AuthError.InvalidInput.class,
                                invalid -> assertThat(invalid.fields()).containsKeys("email", "callback_url")));
        assertThatThrownBy(() -> new OtpSignInCommand(" ", ClientInfo.UNKNOWN)).isInstanceOf(AuthException.class);
        assertThat(SendSignInCodeCommand.of("a@example.com", "https://APP.example.com:443/x", "").callbackUrl())
                .isEqualTo(URI.create("https://APP.example.com:443/x"));
    }

    @Test
    void aCallbackThatIsNotAnHttpUrlOrAlreadyCarriesACodeIsNotAllowed() {
        for (var callback : new String[] {"javascript:alert(1)", "ftp://localhost:8080/x", "/verify-otp",
                CALLBACK + "?code=123456attackers-nonce", CALLBACK + "?step=1&CODE=1"}) {
            assertThatThrownBy(() -> send("target@example.com", callback)).as(callback)
                    .isInstanceOfSatisfying(AuthException.class,
                            e -> assertThat(e.error()).isInstanceOf(AuthError.CallbackNotAllowed.class));
        }
        assertThat(warden.outbox.sentTo("target@example.com")).isEmpty();
    }

    @Test
    void wrongCodesCountAsFailedLoginsOfTheAddressAcrossCodes() {
        var first = send("spread@example.com", CALLBACK);
        var firstDigits = mailedDigits("spread@example.com");
        var second = send("spread@example.com", CALLBACK);
        var secondDigits = mailedDigits("spread@example.com");
        for (int i = 0; i < 3; i++) {
            assertRefused(() -> signIn(other(firstDigits) + first));
        }
        for (int i = 0; i < 2; i++) {
            assertRefused(() -> signIn(other(secondDigits) + second));
        }
        var third = send("spread@example.com", CALLBACK);
        var thirdDigits = mailedDigits("spread@example.com");

        assertThatThrownBy(() -> signIn(thirdDigits + third)).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.error()).isInstanceOf(AuthError.TooManyFailedLogins.class));
        warden.clock.advance(Duration.ofMinutes(2));
        assertThat(signIn(thirdDigits + third).newUser()).isTrue();
    }

    @Test
    void wrongPasswordsByUsernameLockTheCodeSignInOfTheSameAccount() {
        warden.registered("ada");
        for (int i = 0; i < 5; i++) {
            var wrong = new LoginCommand("ada", "not-" + Warden.PASSWORD, ClientInfo.UNKNOWN);
            assertThat(Warden.errorOf(() -> warden.login.login(wrong))).isEqualTo(new AuthError.InvalidCredentials());
        }
        var nonce = send("ada@example.com", CALLBACK);

        assertThatThrownBy(() -> signIn(mailedDigits("ada@example.com") + nonce))
                .isInstanceOfSatisfying(AuthException.class,
                        e -> assertThat(e.error()).isInstanceOf(AuthError.TooManyFailedLogins.class));
    }

    private static String other(String digits) {
        return digits.equals("000000") ? "111111" : "000000";
    }

    @Test
    void theMailboxOwnerTakesOverAnUnverifiedAccountAndEndsWhatOthersStarted() {
        // someone registers the victim's address with a password of their own, and signs in
        var squatter = warden.registered("squatter");
        var squattersLogin = warden.loggedIn("squatter");
        var nonce = send("squatter@example.com", CALLBACK);

        var owner = signIn(mailedDigits("squatter@example.com") + nonce);

        assertThat(owner.userId()).isEqualTo(squatter.id());
        var account = warden.users.findById(squatter.id()).orElseThrow();
        assertThat(account.emailVerified()).isTrue();
        assertThat(account.hasPassword()).as("the password set before the address was proved").isFalse();
        assertThatThrownBy(() -> warden.loggedIn("squatter")).isInstanceOf(AuthException.class);
        assertThatThrownBy(() -> warden.refreshed(squattersLogin.refreshToken())).isInstanceOf(AuthException.class);
        assertThatThrownBy(() -> warden.authenticated(squattersLogin.accessToken())).isInstanceOf(AuthException.class);
        assertThat(warden.authenticated(owner.tokens().accessToken()).userId()).isEqualTo(squatter.id());
    }

    @Test
    void aVerifiedAccountKeepsItsPasswordAndOtherSignIns() {
        var ada = warden.registered("verified");
        warden.users.markEmailVerified(ada.id());
        var earlier = warden.loggedIn("verified");
        var nonce = send("verified@example.com", CALLBACK);

        signIn(mailedDigits("verified@example.com") + nonce);

        assertThat(warden.users.findById(ada.id()).orElseThrow().hasPassword()).isTrue();
        assertThat(warden.authenticated(earlier.accessToken()).userId()).isEqualTo(ada.id());
        assertThat(warden.loggedIn("verified").accessToken()).isNotBlank();
    }

    @Test
    void aDisabledAccountIsRefusedEvenWithTheRightCode() {
        var ada = warden.registered("ada2");
        warden.users.update(new dev.warden.domain.user.User(ada.id(), ada.username(), ada.email(), ada.passwordHash(),
                ada.firstName(), ada.lastName(), false, false, false, false, ada.membership(), ada.oauthProvider(),
                ada.oauthId(), ada.dateJoined(), ada.lastLogin()));
        var nonce = send("ada2@example.com", CALLBACK);

        assertThatThrownBy(() -> signIn(mailedDigits("ada2@example.com") + nonce))
                .isInstanceOfSatisfying(AuthException.class,
                        e -> assertThat(e.error()).isInstanceOf(AuthError.AccountDisabled.class));
    }

    /** Sets up and enables TOTP for the user; answers the authenticator's secret. */
    private String totpEnabled(dev.warden.domain.user.User user) {
        var caller = new Caller(user.id(), new Caller.PasswordCredential());
        var secret = warden.manageTotp.setup(caller).secret();
        var code = warden.totpCodes.codeAt(secret, TotpPolicy.stepAt(warden.clock.now()));
        warden.manageTotp.enable(new SecondFactorCommand(caller, code, "203.0.113.9"));
        return secret;
    }

    @Test
    void anAccountWithTotpGetsTheChallengeInsteadOfTokensAndTheCodeFinishesIt() {
        var ada = warden.registered("totp-ada");
        warden.users.markEmailVerified(ada.id());
        var secret = totpEnabled(ada);
        warden.clock.advance(TotpPolicy.PERIOD);
        var nonce = send("totp-ada@example.com", CALLBACK);

        var thrown = catchThrowable(() -> signIn(mailedDigits("totp-ada@example.com") + nonce));

        assertThat(thrown).isInstanceOfSatisfying(AuthException.class,
                e -> assertThat(e.error()).isInstanceOf(AuthError.MfaRequired.class));
        var mfaToken = ((AuthError.MfaRequired) ((AuthException) thrown).error()).mfaToken();
        var code = warden.totpCodes.codeAt(secret, TotpPolicy.stepAt(warden.clock.now()));
        var done = (MfaCompletion.Tokens) warden.verifyMfa.verify(new VerifyMfaCommand(mfaToken, code, "203.0.113.9"));
        assertThat(warden.authenticated(done.tokens().accessToken()).userId()).isEqualTo(ada.id());
    }

    @Test
    void theMailboxOwnerTakingOverIsNotAskedForTheSquattersSecondFactor() {
        // an unverified account cannot set TOTP up; one made before that rule (or by an administrator's hand) still
        // must not guard the owner's account
        var squatter = warden.registered("totp-squatter");
        var sealed = new byte[] {1, 2, 3};
        warden.totpStore.savePending(dev.warden.domain.mfa.TotpEnrollment.pending(squatter.id(), sealed, warden.clock.now()));
        warden.totpStore.enable(squatter.id(), sealed, warden.clock.now(), 1, java.util.Set.of("f".repeat(64)));
        var nonce = send("totp-squatter@example.com", CALLBACK);

        var owner = signIn(mailedDigits("totp-squatter@example.com") + nonce);

        assertThat(owner.userId()).isEqualTo(squatter.id());
        assertThat(warden.totpStore.find(squatter.id())).isEmpty();
        assertThat(warden.totpStore.recoveryCodesLeft(squatter.id())).isZero();
    }

    @Test
    void theMailboxOwnerTakingOverEndsTheSquattersPasskeys() {
        // registering takes a verified address; a passkey of an account whose address is unverified again (set by
        // hand, or left from before that rule) still must not survive the owner's take-over
        var squatter = warden.registered("passkey-squatter");
        warden.users.markEmailVerified(squatter.id());
        var caller = new Caller(squatter.id(), new Caller.PasswordCredential());
        var authenticator = dev.warden.adapter.inprocess.webauthn.SoftwareAuthenticator.es256("https://auth.example.org");
        var options = warden.managePasskeys.registrationOptions(caller);
        warden.managePasskeys.register(new dev.warden.application.passkey.port.in.RegisterPasskeyCommand(caller,
                authenticator.register(options.challenge(), options.rpId(), options.userHandle()), null));
        warden.users.update(squatter);
        var nonce = send("passkey-squatter@example.com", CALLBACK);

        signIn(mailedDigits("passkey-squatter@example.com") + nonce);

        assertThat(warden.passkeyStore.listByUser(squatter.id())).isEmpty();
        var request = warden.passkeySignIn.signInOptions(java.util.Optional.empty());
        assertThatThrownBy(() -> warden.passkeySignIn.signIn(new dev.warden.application.passkey.port.in.PasskeySignInCommand(
                request.challengeId(), authenticator.assertion(request.challenge(), request.rpId()), ClientInfo.UNKNOWN)))
                .isInstanceOfSatisfying(AuthException.class,
                        e -> assertThat(e.error()).isInstanceOf(AuthError.InvalidPasskey.class));
    }
}
