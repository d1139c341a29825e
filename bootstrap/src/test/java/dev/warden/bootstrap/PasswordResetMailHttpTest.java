package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.bootstrap.MailedService.PASSWORD;
import static dev.warden.bootstrap.MailedService.PUBLIC_URL;
import static dev.warden.bootstrap.MailedService.RESET_SUBJECT;
import static dev.warden.bootstrap.MailedService.addressOf;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Password reset end to end: forgot-password mails a link through SMTP (GreenMail), reset-password uses it. */
class PasswordResetMailHttpTest {
    private static final String NEW_PASSWORD = "Amber-Orchard-Compass-7";
    private static final Map<String, Object> FORGOT_REPLY =
            Map.of("message", "If an account exists with this email, you will receive a password reset link");
    private static final Map<String, Object> RESET = Map.of("message", "Password reset successfully");

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of());

    private static Api.Reply forgot(String email) {
        var reply = service.api.post("/api/auth/forgot-password", Map.of("email", email));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(FORGOT_REPLY);
        return reply;
    }

    /** Asks for the {@code count}-th reset mail of this user and returns its token. */
    private static String mailedResetToken(String name, int count) {
        forgot(addressOf(name));
        return service.awaitMail(addressOf(name), RESET_SUBJECT, count).resetToken();
    }

    private static Api.Reply reset(String token, String newPassword) {
        return service.api.post("/api/auth/reset-password", Map.of("token", token, "new_password", newPassword));
    }

    private static void assertError(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.body()).containsEntry("detail", detail).containsEntry("status_code", status)
                .containsKey("extra");
    }

    private static void assertLogsIn(String name, String password) {
        var login = service.login(name, password);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(login.string("access_token")).isNotBlank();
    }

    @Test
    void forgotPasswordMailsATextAndHtmlResetLink() {
        var name = service.registered(uniqueName("rmail"));

        forgot(addressOf(name));

        var mail = service.awaitMail(addressOf(name), RESET_SUBJECT);
        assertThat(mail.link()).startsWith(PUBLIC_URL + "/reset-password?token=");
        assertThat(mail.resetToken()).hasSizeGreaterThan(20);
        assertThat(mail.text()).contains(name).contains("1 hours");
        assertThat(mail.html()).contains("href=\"" + mail.link() + "\"").contains(name);
    }

    @Test
    void theMailedTokenSetsTheNewPassword() {
        var name = service.registered(uniqueName("rset"));

        var reply = reset(mailedResetToken(name, 1), NEW_PASSWORD);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(RESET);
        assertError(service.login(name, PASSWORD), 401, "Invalid credentials");
        assertLogsIn(name, NEW_PASSWORD);
    }

    @Test
    void aResetSignsTheUserOutEverywhere() {
        var name = service.registered(uniqueName("rout"));
        var pair = service.login(name, PASSWORD);
        var cookie = service.api.kit().sessionCookie(name, PASSWORD);
        assertThat(service.api.get("/api/auth/me", "Cookie", cookie).status()).isEqualTo(200);
        assertThat(service.api.get("/api/auth/me", "Authorization", bearer(pair.string("access_token"))).status()).isEqualTo(200);

        assertThat(reset(mailedResetToken(name, 1), NEW_PASSWORD).status()).isEqualTo(200);

        assertError(service.api.post("/api/auth/refresh", Map.of("refresh_token", pair.string("refresh_token"))), 401,
                "Invalid refresh token");
        assertError(service.api.get("/api/auth/me", "Cookie", cookie), 401, "Authentication required");
        assertError(service.api.get("/api/auth/me", "Authorization", bearer(pair.string("access_token"))), 403,
                "Invalid token");
    }

    @Test
    void aResetLeavesOtherUsersSignedIn() {
        var name = service.registered(uniqueName("rself"));
        var other = service.registered(uniqueName("rother"));
        var otherPair = service.login(other, PASSWORD);

        assertThat(reset(mailedResetToken(name, 1), NEW_PASSWORD).status()).isEqualTo(200);

        var me = service.api.get("/api/auth/me", "Authorization", bearer(otherPair.string("access_token")));
        assertThat(me.status()).as(me.text()).isEqualTo(200);
        assertThat(me.string("username")).isEqualTo(other);
        assertThat(service.api.post("/api/auth/refresh", Map.of("refresh_token", otherPair.string("refresh_token"))).status())
                .isEqualTo(200);
    }

    @Test
    void aResetTokenWorksOnlyOnce() {
        var name = service.registered(uniqueName("ronce"));
        var token = mailedResetToken(name, 1);
        assertThat(reset(token, NEW_PASSWORD).status()).isEqualTo(200);

        assertError(reset(token, "Another-Fresh-Passphrase-9"), 403, "Invalid or expired reset token");
        assertLogsIn(name, NEW_PASSWORD);
    }

    @Test
    void anUnknownResetTokenIsRefused() {
        assertError(reset("not-a-token-we-ever-sent", NEW_PASSWORD), 403, "Invalid or expired reset token");
    }

    @Test
    void aResetTokenExpiresAfterOneHour() {
        var name = service.registered(uniqueName("rexp"));
        var token = mailedResetToken(name, 1);

        service.clock.advance(Duration.ofHours(1));

        assertError(reset(token, NEW_PASSWORD), 403, "Invalid or expired reset token");
        assertLogsIn(name, PASSWORD);
    }

    @Test
    void aNewerResetLinkKillsTheOlderOne() {
        var name = service.registered(uniqueName("rnewer"));
        var older = mailedResetToken(name, 1);
        var newer = mailedResetToken(name, 2);

        assertError(reset(older, NEW_PASSWORD), 403, "Invalid or expired reset token");
        assertThat(reset(newer, NEW_PASSWORD).body()).isEqualTo(RESET);
    }

    @Test
    void aWeakPasswordIsRefusedWithReasonsAndChangesNothing() {
        var name = service.registered(uniqueName("rweak"));
        var token = mailedResetToken(name, 1);

        var reply = reset(token, "short");

        assertError(reply, 403, "Password does not meet requirements");
        assertThat(reply.body().get("extra"))
                .isEqualTo(Map.of("reasons", List.of("Password must be at least 8 characters long")));
        assertLogsIn(name, PASSWORD);
        assertThat(reset(token, NEW_PASSWORD).body()).as("the token is still usable").isEqualTo(RESET);
    }

    @Test
    void forgotPasswordForAnUnknownAddressAnswersTheSameAndSendsNothing() {
        var address = addressOf(uniqueName("rnobody"));

        forgot(address);

        assertThat(service.settledMailsTo(address)).isEmpty();
    }

    @Test
    void forgotPasswordWithAMalformedAddressIs422() {
        var reply = service.api.post("/api/auth/forgot-password", Map.of("email", "not-an-email"));

        assertError(reply, 422, "Validation failed");
        assertThat(reply.body().get("extra"))
                .isEqualTo(Map.of("fields", Map.of("email", List.of("must be a well-formed email address"))));
    }

    @Test
    void resetPasswordWithoutTokenOrPasswordIs422() {
        var reply = service.api.post("/api/auth/reset-password", Map.of());

        assertError(reply, 422, "Validation failed");
        assertThat(reply.body().get("extra")).isEqualTo(Map.of("fields", Map.of(
                "token", List.of("must not be blank"), "new_password", List.of("must not be blank"))));
    }
}
