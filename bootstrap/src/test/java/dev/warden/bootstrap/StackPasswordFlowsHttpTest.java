package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.PUBLIC_URL;
import static dev.warden.bootstrap.MailedService.RESET_SUBJECT;
import static dev.warden.bootstrap.MailedService.VERIFY_SUBJECT;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The password and mailed-link flows of the Stack-style surface as Stack's SDK calls them (issue 18): the password
 * update of a signed-in user, the reset by a code mailed to the client's page, and the email verification by the code
 * a sign-up's verification mail carries; the mails read from a real SMTP server (GreenMail).
 */
class StackPasswordFlowsHttpTest {
    private static final String PASSWORD = "secure_password_123";
    private static final String NEW_PASSWORD = "Amber-Orchard-Compass-7";
    private static final String RESET_PAGE = "https://yourapp.com/handler/password-reset";
    private static final String VERIFY_PAGE = "https://yourapp.com/handler/email-verification";
    private static final String KNOWN_ERROR = "x-stack-known-error";
    private static final Map<String, Object> SUCCESS = Map.of("success", true);

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of("auth.otp.allowed-callback-origins", "https://yourapp.com"));

    private static Api.Reply post(String path, Object body, String... headers) {
        return service.api.post("/api/v1/" + path, body, headers);
    }

    private static String newEmail(String prefix) {
        return uniqueName(prefix) + "@example.com";
    }

    private static Api.Reply signUp(String email, String callback) {
        return post("auth/password/sign-up", callback == null ? Map.of("email", email, "password", PASSWORD)
                : Map.of("email", email, "password", PASSWORD, "verification_callback_url", callback));
    }

    private static Api.Reply signedUp(String email) {
        var reply = signUp(email, VERIFY_PAGE);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    private static Api.Reply signIn(String email, String password) {
        return post("auth/password/sign-in", Map.of("email", email, "password", password));
    }

    private static Api.Reply me(String accessToken) {
        return service.api.get("/api/v1/users/me", "x-stack-access-token", accessToken);
    }

    private static Api.Reply refresh(String refreshToken) {
        return post("auth/sessions/current/refresh", null, "x-stack-refresh-token", refreshToken);
    }

    private static Api.Reply update(String accessToken, Object body) {
        return post("auth/password/update", body, "x-stack-access-token", accessToken);
    }

    private static Api.Reply sendResetCode(String email, String callback) {
        return post("auth/password/send-reset-code", Map.of("email", email, "callback_url", callback));
    }

    private static Api.Reply checkCode(String code) {
        return post("auth/password/reset/check-code", Map.of("code", code));
    }

    private static Api.Reply reset(String code, String password) {
        return post("auth/password/reset", Map.of("code", code, "password", password));
    }

    private static void assertSuccess(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(SUCCESS);
    }

    private static void assertStackError(Api.Reply reply, int status, String code, String error) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.body()).containsEntry("code", code).containsEntry("error", error);
        assertThat(reply.header(KNOWN_ERROR)).hasValue(code);
    }

    private static void assertSignsIn(String email, String password) {
        var reply = signIn(email, password);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    private static void assertFields(Api.Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(422);
        assertThat(reply.body()).containsEntry("code", "SchemaError");
        @SuppressWarnings("unchecked")
        var details = (Map<String, Object>) reply.body().get("details");
        @SuppressWarnings("unchecked")
        var named = (Map<String, Object>) details.get("fields");
        assertThat(named).as(reply.text()).containsOnlyKeys(fields);
    }

    // ------------------------------------------------------------------ password update

    @Test
    void anUpdateChangesThePasswordKeepsThisSessionAndEndsTheOthers() {
        var email = newEmail("upd");
        var here = signedUp(email);
        var elsewhere = signIn(email, PASSWORD);

        var reply = update(here.string("access_token"), Map.of("old_password", PASSWORD, "new_password", NEW_PASSWORD));

        assertSuccess(reply);
        assertSignsIn(email, NEW_PASSWORD);
        assertStackError(signIn(email, PASSWORD), 400, "EmailPasswordMismatch", "Invalid credentials");
        assertThat(me(here.string("access_token")).status()).as("this session stays").isEqualTo(200);
        assertThat(refresh(here.string("refresh_token")).status()).isEqualTo(200);
        assertThat(me(elsewhere.string("access_token")).status()).as("another session ends").isEqualTo(403);
        assertThat(refresh(elsewhere.string("refresh_token")).status()).isEqualTo(401);
        service.awaitMail(email, "Your password was changed");
    }

    @Test
    void aWrongOldPasswordIsRefusedAndChangesNothing() {
        var email = newEmail("updwrong");
        var here = signedUp(email);
        var elsewhere = signIn(email, PASSWORD);

        var reply = update(here.string("access_token"),
                Map.of("old_password", "not_the_password_1", "new_password", NEW_PASSWORD));

        assertStackError(reply, 403, "IncorrectPassword", "Current password is incorrect");
        assertSignsIn(email, PASSWORD);
        assertStackError(signIn(email, NEW_PASSWORD), 400, "EmailPasswordMismatch", "Invalid credentials");
        assertThat(me(elsewhere.string("access_token")).status()).as("no session ended").isEqualTo(200);
    }

    @Test
    void aWeakNewPasswordIsRefusedWithItsReasonsAndChangesNothing() {
        var email = newEmail("updweak");
        var here = signedUp(email);

        var reply = update(here.string("access_token"), Map.of("old_password", PASSWORD, "new_password", "short"));

        assertStackError(reply, 403, "PasswordRequirementsNotMet", "Password does not meet requirements");
        assertThat(reply.body()).containsEntry("details",
                Map.of("reasons", List.of("Password must be at least 8 characters long")));
        assertSignsIn(email, PASSWORD);
    }

    @Test
    void anUpdateNeedsTheAccessTokenAndBothPasswords() {
        var here = signedUp(newEmail("updmissing"));

        assertStackError(post("auth/password/update", Map.of("old_password", PASSWORD, "new_password", NEW_PASSWORD)), 401,
                "UserAuthenticationRequired", "Authentication required");
        assertFields(update(here.string("access_token"), Map.of("new_password", NEW_PASSWORD)), "old_password");
        assertFields(update(here.string("access_token"), Map.of("old_password", PASSWORD)), "new_password");
    }

    // ------------------------------------------------------------------ password reset

    @Test
    void theResetMailLinksToTheCallbackWithACodeThatChecksWithoutBeingUsedAndResetsOnce() {
        var email = newEmail("reset");
        var signedUp = signedUp(email);

        assertSuccess(sendResetCode(email, RESET_PAGE));
        var mail = service.awaitMail(email, RESET_SUBJECT);
        assertThat(mail.link()).startsWith(RESET_PAGE + "?code=");
        var code = mail.code();

        assertSuccess(checkCode(code));
        assertSuccess(checkCode(code));
        assertSuccess(reset(code, NEW_PASSWORD));

        assertStackError(reset(code, "Another-Fresh-Passphrase-9"), 403, "InvalidResetToken",
                "Invalid or expired reset token");
        assertStackError(checkCode(code), 403, "InvalidResetToken", "Invalid or expired reset token");
        assertSignsIn(email, NEW_PASSWORD);
        assertStackError(signIn(email, PASSWORD), 400, "EmailPasswordMismatch", "Invalid credentials");
        // the reset ended every session of the account, as on /api/auth
        assertStackError(refresh(signedUp.string("refresh_token")), 401, "RefreshTokenNotFoundOrExpired",
                "Invalid refresh token");
        assertThat(me(signedUp.string("access_token")).status()).isEqualTo(403);
    }

    @Test
    void aCallbackWithAQueryGetsTheCodeAfterItAndTheContractsLinkIsUnchanged() {
        var email = newEmail("resetq");
        signedUp(email);

        assertSuccess(sendResetCode(email, RESET_PAGE + "?lang=en"));
        var stack = service.awaitMail(email, RESET_SUBJECT, 1);
        assertThat(stack.link()).startsWith(RESET_PAGE + "?lang=en&code=");

        assertThat(service.api.post("/api/auth/forgot-password", Map.of("email", email)).status()).isEqualTo(200);
        var contract = service.awaitMail(email, RESET_SUBJECT, 2);
        assertThat(contract.link()).startsWith(PUBLIC_URL + "/reset-password?token=");
        assertStackError(checkCode(stack.code()), 403, "InvalidResetToken", "Invalid or expired reset token");
        assertSuccess(checkCode(contract.resetToken()));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        var nobody = newEmail("resetnobody");

        assertSuccess(sendResetCode(nobody, RESET_PAGE));

        assertThat(service.settledMailsTo(nobody)).isEmpty();
    }

    @Test
    void aForeignCallbackOrOneWithItsOwnCodeIsRefusedAndNothingIsMailed() {
        var email = newEmail("resetevil");
        signedUp(email);

        assertStackError(sendResetCode(email, "https://evil.example.net/reset"), 400, "RedirectUrlNotWhitelisted",
                "callback_url is not allowed");
        assertStackError(sendResetCode(email, RESET_PAGE + "?code=chosen-by-the-asker"), 400,
                "RedirectUrlNotWhitelisted", "callback_url is not allowed");
        assertStackError(sendResetCode(email, "/handler/password-reset"), 400, "RedirectUrlNotWhitelisted",
                "callback_url is not allowed");
        assertFields(post("auth/password/send-reset-code", Map.of("email", email)), "callback_url");
        assertFields(post("auth/password/send-reset-code", Map.of()), "email", "callback_url");

        assertThat(service.settledMailsTo(email)).extracting(MailedService.Mail::subject).containsExactly(VERIFY_SUBJECT);
    }

    @Test
    void anUnknownOrExpiredCodeIsInvalidResetTokenAndAMissingOneA422() {
        var email = newEmail("resetexp");
        signedUp(email);
        assertSuccess(sendResetCode(email, RESET_PAGE));
        var code = service.awaitMail(email, RESET_SUBJECT).code();

        assertStackError(checkCode("not-a-code-we-ever-sent"), 403, "InvalidResetToken",
                "Invalid or expired reset token");
        assertStackError(reset("not-a-code-we-ever-sent", NEW_PASSWORD), 403, "InvalidResetToken",
                "Invalid or expired reset token");
        assertFields(post("auth/password/reset/check-code", Map.of()), "code");
        assertFields(post("auth/password/reset", Map.of()), "code", "password");

        var weak = reset(code, "short");
        assertStackError(weak, 403, "PasswordRequirementsNotMet", "Password does not meet requirements");
        assertSuccess(checkCode(code));

        service.clock.advance(Duration.ofHours(1));
        assertStackError(checkCode(code), 403, "InvalidResetToken", "Invalid or expired reset token");
        assertSignsIn(email, PASSWORD);
    }

    // ------------------------------------------------------------------ email verification

    @Test
    void aSignUpsVerificationMailLinksToItsCallbackWithACodeThatVerifiesTheAddressOnce() {
        var email = newEmail("verify");
        var access = signedUp(email).string("access_token");
        var mail = service.awaitMail(email, VERIFY_SUBJECT);
        assertThat(mail.link()).startsWith(VERIFY_PAGE + "?code=");
        assertThat(me(access).body()).containsEntry("primary_email_verified", false);

        assertSuccess(post("contact-channels/verify", Map.of("code", mail.code())));

        assertThat(me(access).body()).containsEntry("primary_email_verified", true);
        assertStackError(post("contact-channels/verify", Map.of("code", mail.code())), 403,
                "InvalidVerificationToken", "Invalid or expired verification token");
    }

    @Test
    void aSignUpWithAForeignCallbackIsRefusedAndMakesNoAccountWithoutOneItLinksToTheServicesPage() {
        var email = newEmail("verifyevil");

        assertStackError(signUp(email, "https://evil.example.net/verify"), 400, "RedirectUrlNotWhitelisted",
                "callback_url is not allowed");
        assertStackError(signUp(email, VERIFY_PAGE + "?code=chosen"), 400, "RedirectUrlNotWhitelisted",
                "callback_url is not allowed");
        assertStackError(signIn(email, PASSWORD), 400, "EmailPasswordMismatch", "Invalid credentials");
        assertThat(service.settledMailsTo(email)).isEmpty();

        // what Stack's SDK does next when the app built the URL itself: the same sign-up without it
        assertThat(signUp(email, null).status()).isEqualTo(200);
        assertThat(service.awaitMail(email, VERIFY_SUBJECT).link()).startsWith(PUBLIC_URL + "/api/auth/verify-email/");
    }

    @Test
    void aWrongVerificationCodeIsRefusedAndAMissingOneIsA422() {
        assertStackError(post("contact-channels/verify", Map.of("code", "not-a-code-we-ever-sent")), 403,
                "InvalidVerificationToken", "Invalid or expired verification token");
        assertFields(post("contact-channels/verify", Map.of()), "code");
    }

    private static Api.Reply sendVerificationCode(String accessToken, Object body) {
        return post("contact-channels/send-verification-code", body, "x-stack-access-token", accessToken);
    }

    @Test
    void theSignedInUserGetsAVerificationCodeForTheCallbackOnceAndNoneWhenVerified() {
        var email = newEmail("sendver");
        var access = signUp(email, null).string("access_token");
        assertThat(service.awaitMail(email, VERIFY_SUBJECT, 1).link()).startsWith(PUBLIC_URL + "/api/auth/verify-email/");

        assertSuccess(sendVerificationCode(access, Map.of("email", email, "callback_url", VERIFY_PAGE)));
        var mail = service.awaitMail(email, VERIFY_SUBJECT, 2);
        assertThat(mail.link()).startsWith(VERIFY_PAGE + "?code=");
        assertSuccess(post("contact-channels/verify", Map.of("code", mail.code())));
        assertThat(me(access).body()).containsEntry("primary_email_verified", true);

        assertSuccess(sendVerificationCode(access, Map.of("email", email, "callback_url", VERIFY_PAGE)));
        assertThat(service.settledMailsTo(email)).filteredOn(sent -> sent.subject().equals(VERIFY_SUBJECT)).hasSize(2);
    }

    @Test
    void aVerificationCodeGoesOnlyToTheCallersAddressAndAnAllowedPage() {
        var email = newEmail("sendvernot");
        var access = signUp(email, null).string("access_token");
        var other = newEmail("sendverother");
        signUp(other, null);

        assertStackError(sendVerificationCode(access, Map.of("email", other, "callback_url", VERIFY_PAGE)), 404,
                "UserNotFound", "User not found");
        assertStackError(sendVerificationCode(access, Map.of("email", email, "callback_url", "https://evil.example.net/v")),
                400, "RedirectUrlNotWhitelisted", "callback_url is not allowed");
        assertFields(sendVerificationCode(access, Map.of()), "email", "callback_url");
        assertStackError(post("contact-channels/send-verification-code", Map.of("email", email, "callback_url",
                VERIFY_PAGE)), 401, "UserAuthenticationRequired", "Authentication required");

        assertThat(service.settledMailsTo(email)).hasSize(1);
        assertThat(service.mailsTo(other)).hasSize(1);
    }
}
