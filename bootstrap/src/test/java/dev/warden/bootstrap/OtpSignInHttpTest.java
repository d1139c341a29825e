package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.PUBLIC_URL;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-in by a mailed code (seed 002) over HTTP, with the mail read from a real SMTP server (GreenMail). */
class OtpSignInHttpTest {
    private static final String SUBJECT = "Your sign-in code";
    private static final String CALLBACK = PUBLIC_URL + "/verify-otp";
    private static final Pattern DIGITS = Pattern.compile("^    (\\d{6})\\r?$", Pattern.MULTILINE);

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of("auth.otp.allowed-callback-origins", "https://app.example.com"));

    private record Sent(String nonce, String digits, MailedService.Mail mail) {
        String code() {
            return digits + nonce;
        }
    }

    private static Sent send(String email, String callback) {
        var reply = service.api.post("/api/auth/otp/send-sign-in-code", Map.of("email", email, "callback_url", callback));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).containsOnlyKeys("nonce");
        var mail = service.awaitMail(email, SUBJECT);
        var matcher = DIGITS.matcher(mail.text());
        assertThat(matcher.find()).as(mail.text()).isTrue();
        return new Sent(reply.string("nonce"), matcher.group(1), mail);
    }

    private static Api.Reply signIn(String code) {
        return service.api.post("/api/auth/otp/sign-in", Map.of("code", code));
    }

    private static void assertRefused(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo("Invalid or expired code");
    }

    @Test
    void theMailedCodeSignsUpANewAddressAndTheTokenWorks() {
        var email = uniqueName("otp") + "@example.com";
        var sent = send(email, CALLBACK);

        assertThat(sent.mail().link()).isEqualTo(CALLBACK + "?code=" + sent.code());
        assertThat(sent.mail().html()).contains(sent.digits());
        var reply = signIn(sent.code());

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).containsKeys("access_token", "refresh_token", "expires_in", "user_id");
        assertThat(reply.body().get("is_new_user")).isEqualTo(true);
        assertThat(reply.header("Cache-Control")).hasValue("no-store");
        var me = service.api.get("/api/auth/me", "Authorization", "Bearer " + reply.string("access_token"));
        assertThat(me.string("email")).isEqualTo(email);
        assertThat(me.string("id")).isEqualTo(reply.string("user_id"));
        assertThat(me.body().get("email_verified")).isEqualTo(true);
    }

    @Test
    void aRegisteredUserSignsIntoTheSameAccount() {
        var name = service.registered(uniqueName("known"));
        var email = MailedService.addressOf(name);
        var sent = send(email, "https://app.example.com/after-mail?x=1");

        assertThat(URLDecoder.decode(sent.mail().link(), StandardCharsets.UTF_8))
                .isEqualTo("https://app.example.com/after-mail?x=1&code=" + sent.code());
        var reply = signIn(sent.code());

        assertThat(reply.body().get("is_new_user")).isEqualTo(false);
        var me = service.api.get("/api/auth/me", "Authorization", "Bearer " + reply.string("access_token"));
        assertThat(me.string("username")).isEqualTo(name);
    }

    @Test
    void aWrongCodeIsRefusedAndTheRightOneThenStillWorksButOnlyOnce() {
        var sent = send(uniqueName("typo") + "@example.com", CALLBACK);
        var wrong = (sent.digits().equals("000000") ? "111111" : "000000") + sent.nonce();

        assertRefused(signIn(wrong));
        assertThat(signIn(sent.code()).status()).isEqualTo(200);
        assertRefused(signIn(sent.code()));
    }

    @Test
    void fiveWrongCodesKillTheCode() {
        var sent = send(uniqueName("guess") + "@example.com", CALLBACK);
        var wrong = (sent.digits().equals("000000") ? "111111" : "000000") + sent.nonce();
        for (int i = 0; i < 5; i++) {
            assertRefused(signIn(wrong));
        }

        assertRefused(signIn(sent.code()));
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        var sent = send(uniqueName("late") + "@example.com", CALLBACK);

        service.clock.advance(Duration.ofMinutes(10));

        assertRefused(signIn(sent.code()));
    }

    @Test
    void aForeignCallbackIsRefusedWithNoMail() {
        var email = uniqueName("phish") + "@example.com";
        var reply = service.api.post("/api/auth/otp/send-sign-in-code",
                Map.of("email", email, "callback_url", "https://evil.example.net/login"));

        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.detail()).isEqualTo("callback_url is not allowed");
        assertThat(service.settledMailsTo(email)).isEmpty();
    }

    @Test
    void missingFieldsAre422() {
        var reply = service.api.post("/api/auth/otp/send-sign-in-code", Map.of());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("extra").toString()).contains("email", "callback_url");
        assertThat(service.api.post("/api/auth/otp/sign-in", Map.of()).status()).isEqualTo(422);
    }
}
