package dev.warden.usecase;

import static dev.warden.usecase.MailWarden.VERIFY_PREFIX;
import static dev.warden.usecase.MailWarden.addressOf;
import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.mail.port.in.EmailCommand;
import dev.warden.application.mail.port.in.EmailVerificationUseCase.VerificationMail;
import dev.warden.application.mail.port.in.SendVerificationCodeCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmailVerificationUseCaseTest {
    private static final AuthError INVALID_VERIFICATION_TOKEN = new AuthError.InvalidVerificationToken();
    private static final AuthError INVALID_RESET_TOKEN = new AuthError.InvalidResetToken();

    private final MailWarden mail = new MailWarden();
    private final Warden warden = mail.warden;
    private final User ada = warden.registered("ada");
    private final String adaAddress = addressOf("ada");

    private boolean verified(User user) {
        return warden.stored(user.id()).emailVerified();
    }

    private AuthError verifying(String token) {
        return errorOf(() -> mail.verify(token));
    }

    @Test
    void registrationMailsAVerificationLinkUnderThePublicUrl() {
        var mails = mail.mailsTo(adaAddress);

        assertThat(mails).hasSize(1);
        var message = mails.getFirst();
        assertThat(message.subject()).isEqualTo("Verify your email address");
        assertThat(message.link()).startsWith(VERIFY_PREFIX).hasSizeGreaterThan(VERIFY_PREFIX.length() + 20);
        assertThat(message.text()).contains(message.link()).contains("ada").contains("24 hours");
        assertThat(message.html()).contains("href=\"" + message.link() + "\"");
    }

    @Test
    void followingTheLinkMarksTheEmailVerified() {
        assertThat(verified(ada)).isFalse();

        mail.verify(mail.verificationTokenFor(adaAddress));

        assertThat(verified(ada)).isTrue();
    }

    @Test
    void aVerificationTokenWorksOnlyOnce() {
        var token = mail.verificationTokenFor(adaAddress);
        mail.verify(token);

        assertThat(verifying(token)).isEqualTo(INVALID_VERIFICATION_TOKEN);
        assertThat(verified(ada)).isTrue();
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThat(verifying("not-a-token-we-ever-sent")).isEqualTo(INVALID_VERIFICATION_TOKEN);
        assertThat(verifying("")).isEqualTo(INVALID_VERIFICATION_TOKEN);
        assertThat(verified(ada)).isFalse();
    }

    @Test
    void aVerificationTokenStillWorksJustBefore24Hours() {
        warden.clock.advance(Duration.ofHours(24).minusSeconds(1));

        mail.verify(mail.verificationTokenFor(adaAddress));

        assertThat(verified(ada)).isTrue();
    }

    @Test
    void aVerificationTokenExpiresAfter24Hours() {
        warden.clock.advance(Duration.ofHours(24));

        assertThat(verifying(mail.verificationTokenFor(adaAddress))).isEqualTo(INVALID_VERIFICATION_TOKEN);
        assertThat(verified(ada)).isFalse();
    }

    @Test
    void aVerificationTokenIsRefusedAsAResetTokenAndStaysUsable() {
        var token = mail.verificationTokenFor(adaAddress);

        assertThat(errorOf(() -> mail.resetPassword(token, "a-brand-new-passphrase")))
                .isEqualTo(INVALID_RESET_TOKEN);

        assertThat(mail.loggedIn("ada", Warden.PASSWORD).accessToken()).isNotBlank();
        mail.verify(token);
        assertThat(verified(ada)).isTrue();
    }

    @Test
    void aResetTokenIsRefusedAsAVerificationToken() {
        mail.forgot(adaAddress);
        var resetToken = mail.resetTokenFor(adaAddress);

        assertThat(verifying(resetToken)).isEqualTo(INVALID_VERIFICATION_TOKEN);

        assertThat(verified(ada)).isFalse();
    }

    @Test
    void aTokenSentToTheOldAddressIsRefusedOnceTheEmailChanged() {
        var token = mail.verificationTokenFor(adaAddress);

        mail.changeEmail(ada.id(), "ada.lovelace@example.org");

        assertThat(verifying(token)).isEqualTo(INVALID_VERIFICATION_TOKEN);
        assertThat(verified(ada)).isFalse();
    }

    @Test
    void aLinkAskedForTheNewAddressVerifiesIt() {
        mail.changeEmail(ada.id(), "ada.lovelace@example.org");

        assertThat(mail.sendVerification("ada.lovelace@example.org")).isEqualTo(VerificationMail.SENT);
        mail.verify(mail.verificationTokenFor("ada.lovelace@example.org"));

        assertThat(verified(ada)).isTrue();
    }

    @Test
    void sendVerificationMailsAFreshLinkThatWorks() {
        var result = mail.sendVerification(adaAddress);

        assertThat(result).isEqualTo(VerificationMail.SENT);
        assertThat(mail.mailsTo(adaAddress)).hasSize(2);
        mail.verify(mail.verificationTokenFor(adaAddress));
        assertThat(verified(ada)).isTrue();
    }

    @Test
    void sendVerificationFindsTheAccountWhateverTheCaseOfTheAddress() {
        assertThat(mail.sendVerification("ADA@Example.COM")).isEqualTo(VerificationMail.SENT);

        assertThat(mail.mailsTo(adaAddress)).hasSize(2);
    }

    @Test
    void verifyingWithOneLinkKillsTheOtherVerificationLinks() {
        var first = mail.verificationTokenFor(adaAddress);
        mail.sendVerification(adaAddress);
        var second = mail.verificationTokenFor(adaAddress);
        assertThat(second).isNotEqualTo(first);

        mail.verify(second);

        assertThat(verifying(first)).isEqualTo(INVALID_VERIFICATION_TOKEN);
    }

    @Test
    void sendVerificationForAnUnknownAddressIsUserNotFound() {
        assertThat(errorOf(() -> mail.sendVerification("nobody@example.com"))).isEqualTo(new AuthError.UserNotFound());

        assertThat(mail.mailsTo("nobody@example.com")).isEmpty();
    }

    @Test
    void sendVerificationForAMalformedAddressIsAnInputError() {
        assertThat(errorOf(() -> mail.sendVerification("not-an-email")))
                .isEqualTo(AuthError.InvalidInput.of("email", "must be a well-formed email address"));
    }

    @Test
    void anAlreadyVerifiedAddressGetsNoMail() {
        mail.verify(mail.verificationTokenFor(adaAddress));

        assertThat(mail.sendVerification(adaAddress)).isEqualTo(VerificationMail.ALREADY_VERIFIED);
        assertThat(mail.verification.resendVerification(ada.id())).isEqualTo(VerificationMail.ALREADY_VERIFIED);

        assertThat(mail.mailsTo(adaAddress)).hasSize(1);
    }

    @Test
    void resendVerificationMailsTheCallersOwnAddress() {
        var grace = warden.registered("grace");

        assertThat(mail.verification.resendVerification(grace.id())).isEqualTo(VerificationMail.SENT);

        assertThat(mail.mailsTo(addressOf("grace"))).hasSize(2);
        assertThat(mail.mailsTo(adaAddress)).hasSize(1);
        mail.verify(mail.verificationTokenFor(addressOf("grace")));
        assertThat(verified(grace)).isTrue();
        assertThat(verified(ada)).isFalse();
    }

    @Test
    void resendVerificationForADeactivatedAccountIsAuthenticationRequired() {
        warden.setActive(ada.id(), false);

        assertThat(errorOf(() -> mail.verification.resendVerification(ada.id())))
                .isEqualTo(new AuthError.AuthenticationRequired());
        assertThat(mail.mailsTo(adaAddress)).hasSize(1);
    }

    @Test
    void sendVerificationForADeactivatedAccountIsUserNotFoundAndMailsNothing() {
        warden.setActive(ada.id(), false);

        assertThat(errorOf(() -> mail.verification.sendVerification(new EmailCommand(adaAddress, "203.0.113.7"))))
                .isEqualTo(new AuthError.UserNotFound());
        assertThat(mail.mailsTo(adaAddress)).hasSize(1);
    }

    // the caller's own address, with the link to a client's page (Stack's contact-channels/send-verification-code)

    private static final String CALLBACK = MailWarden.PUBLIC_URL + "/handler/email-verification";

    private VerificationMail sendingCode(User user, String email, String callback) {
        return mail.verification.sendVerificationCode(
                SendVerificationCodeCommand.of(user.id(), email, callback, MailWarden.CLIENT));
    }

    @Test
    void theCallersVerificationCodeOpensTheClientsPageAndVerifiesTheAddress() {
        assertThat(sendingCode(ada, adaAddress.toUpperCase(), CALLBACK)).isEqualTo(VerificationMail.SENT);

        var link = mail.mailsTo(adaAddress).getLast().link();
        assertThat(link).startsWith(CALLBACK + "?code=");
        mail.verify(java.net.URLDecoder.decode(link.substring((CALLBACK + "?code=").length()),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verified(ada)).isTrue();
        assertThat(sendingCode(ada, adaAddress, CALLBACK)).isEqualTo(VerificationMail.ALREADY_VERIFIED);
        assertThat(mail.mailsTo(adaAddress)).hasSize(2);
    }

    @Test
    void anotherAddressOrAForeignPageIsRefusedAndNothingIsMailed() {
        var grace = warden.registered("grace");

        assertThat(errorOf(() -> sendingCode(ada, addressOf("grace"), CALLBACK))).isEqualTo(new AuthError.UserNotFound());
        assertThat(errorOf(() -> sendingCode(ada, adaAddress, "https://evil.example.net/verify")))
                .isEqualTo(new AuthError.CallbackNotAllowed());

        assertThat(mail.mailsTo(adaAddress)).hasSize(1);
        assertThat(mail.mailsTo(addressOf("grace"))).hasSize(1);
        assertThat(verified(grace)).isFalse();
    }
}
