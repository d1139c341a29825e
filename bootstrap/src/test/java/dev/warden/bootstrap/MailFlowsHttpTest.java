package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.bootstrap.MailedService.PASSWORD;
import static dev.warden.bootstrap.MailedService.PUBLIC_URL;
import static dev.warden.bootstrap.MailedService.VERIFY_SUBJECT;
import static dev.warden.bootstrap.MailedService.addressOf;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Email verification end to end: the service mails through SMTP (GreenMail), the user follows the link. */
class MailFlowsHttpTest {
    private static final Map<String, Object> VERIFIED = Map.of("message", "Email verified successfully");
    private static final Map<String, Object> SENT = Map.of("message", "Verification email sent");
    private static final Map<String, Object> ALREADY_VERIFIED = Map.of("message", "Email already verified");

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of());

    private static String accessTokenOf(String username) {
        var login = service.login(username, PASSWORD);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return login.string("access_token");
    }

    private static Object emailVerifiedOf(String username) {
        var me = service.api.get("/api/auth/me", "Authorization", bearer(accessTokenOf(username)));
        assertThat(me.status()).as(me.text()).isEqualTo(200);
        return me.body().get("email_verified");
    }

    private static Api.Reply sendVerification(Object email) {
        return service.api.post("/api/auth/send-verification", Map.of("email", email));
    }

    private static void assertError(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.body()).containsEntry("detail", detail).containsEntry("status_code", status)
                .containsKey("extra");
    }

    @Test
    void registrationMailsATextAndHtmlLinkUnderThePublicUrl() {
        var name = service.registered(uniqueName("vmail"));

        var mail = service.awaitMail(addressOf(name), VERIFY_SUBJECT);

        assertThat(mail.from()).isEqualTo("Warden <no-reply@localhost>");
        assertThat(mail.link()).startsWith(PUBLIC_URL + "/api/auth/verify-email/")
                .hasSizeGreaterThan((PUBLIC_URL + "/api/auth/verify-email/").length() + 20);
        assertThat(mail.text()).contains(name).contains("24 hours");
        assertThat(mail.html()).contains("href=\"" + mail.link() + "\"").contains(name);
        assertThat(emailVerifiedOf(name)).isEqualTo(false);
    }

    @Test
    void followingTheLinkVerifiesTheEmailAsMeShows() {
        var name = service.registered(uniqueName("vlink"));
        var mail = service.awaitMail(addressOf(name), VERIFY_SUBJECT);

        var reply = service.api.get(mail.linkPath());

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(VERIFIED);
        assertThat(emailVerifiedOf(name)).isEqualTo(true);
    }

    @Test
    void theLinkWorksOnlyOnce() {
        var name = service.registered(uniqueName("vonce"));
        var path = service.awaitMail(addressOf(name), VERIFY_SUBJECT).linkPath();
        assertThat(service.api.get(path).status()).isEqualTo(200);

        assertError(service.api.get(path), 403, "Invalid or expired verification token");
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertError(service.api.get("/api/auth/verify-email/not-a-token-we-ever-sent"), 403,
                "Invalid or expired verification token");
    }

    @Test
    void theLinkExpiresAfter24Hours() {
        var name = service.registered(uniqueName("vexp"));
        var path = service.awaitMail(addressOf(name), VERIFY_SUBJECT).linkPath();

        service.clock.advance(Duration.ofHours(24));

        assertError(service.api.get(path), 403, "Invalid or expired verification token");
        assertThat(emailVerifiedOf(name)).isEqualTo(false);
    }

    @Test
    void sendVerificationMailsAFreshLinkThatVerifies() {
        var name = service.registered(uniqueName("vsend"));
        service.awaitMail(addressOf(name), VERIFY_SUBJECT);

        var reply = sendVerification(addressOf(name));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(SENT);
        var second = service.awaitMail(addressOf(name), VERIFY_SUBJECT, 2);
        assertThat(service.api.get(second.linkPath()).body()).isEqualTo(VERIFIED);
        assertThat(emailVerifiedOf(name)).isEqualTo(true);
    }

    @Test
    void sendVerificationForAnUnknownAddressIs404UserNotFound() {
        var address = addressOf(uniqueName("vnobody"));

        assertError(sendVerification(address), 404, "User not found");
        assertThat(service.settledMailsTo(address)).isEmpty();
    }

    @Test
    void sendVerificationForAVerifiedAddressSaysSoAndSendsNothing() {
        var name = service.registered(uniqueName("vdone"));
        service.api.get(service.awaitMail(addressOf(name), VERIFY_SUBJECT).linkPath());

        var reply = sendVerification(addressOf(name));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(ALREADY_VERIFIED);
        assertThat(service.settledMailsTo(addressOf(name))).hasSize(1);
    }

    @Test
    void sendVerificationWithAMalformedAddressIs422() {
        var reply = sendVerification("not-an-email");

        assertError(reply, 422, "Validation failed");
        assertThat(reply.body().get("extra"))
                .isEqualTo(Map.of("fields", Map.of("email", List.of("must be a well-formed email address"))));
    }

    @Test
    void sendVerificationWithoutAnAddressIs422() {
        var reply = service.api.post("/api/auth/send-verification", Map.of());

        assertError(reply, 422, "Validation failed");
        assertThat(reply.body().get("extra")).isEqualTo(Map.of("fields", Map.of("email", List.of("must not be blank"))));
    }

    @Test
    void resendVerificationWithoutCredentialsIs401() {
        assertError(service.api.post("/api/auth/resend-verification", null), 401, "Authentication required");
    }

    @Test
    void resendVerificationMailsTheCallersAddress() {
        var name = service.registered(uniqueName("vresend"));
        service.awaitMail(addressOf(name), VERIFY_SUBJECT);

        var reply = service.api.post("/api/auth/resend-verification", null, "Authorization", bearer(accessTokenOf(name)));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(SENT);
        var second = service.awaitMail(addressOf(name), VERIFY_SUBJECT, 2);
        assertThat(service.api.get(second.linkPath()).body()).isEqualTo(VERIFIED);
        assertThat(emailVerifiedOf(name)).isEqualTo(true);
    }

    @Test
    void resendVerificationForAVerifiedCallerSaysSo() {
        var name = service.registered(uniqueName("vredone"));
        service.api.get(service.awaitMail(addressOf(name), VERIFY_SUBJECT).linkPath());

        var reply = service.api.post("/api/auth/resend-verification", null, "Authorization", bearer(accessTokenOf(name)));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(ALREADY_VERIFIED);
        assertThat(service.settledMailsTo(addressOf(name))).hasSize(1);
    }
}
