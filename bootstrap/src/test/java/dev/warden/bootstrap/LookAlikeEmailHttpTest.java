package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.PASSWORD;
import static dev.warden.bootstrap.MailedService.PUBLIC_URL;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, finding 1: "tıme@…" (dotless ı) found the account of "time@…" through its case-folded key, and the
 * sign-in code went to "t1me@…" (the mail library narrowed ı into the digit 1), whose owner then signed into the
 * victim's account. Mail about an account goes only to the address stored on it, an address is never narrowed on
 * its way to SMTP, and addresses that could be mistaken or could not be sent as written are refused (422).
 */
class LookAlikeEmailHttpTest {
    private static final String CALLBACK = PUBLIC_URL + "/verify-otp";
    private static final String SIGN_IN_SUBJECT = "Your sign-in code";

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of());

    private static List<String> mailboxes() {
        return service.smtp.getUserManager().listUser().stream().map(GreenMailUser::getEmail).toList();
    }

    private static void assertRefusedAs(Api.Reply reply, String reason) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(422);
        assertThat(reply.text()).contains(reason);
    }

    @Test
    void aSignInCodeForALookAlikeOfAnAccountsAddressIsRefusedAndReachesNoOtherMailbox() {
        var victim = service.registered(uniqueName("time"));
        var lookAlike = victim.replaceFirst("i", "\u0131") + "@example.com";

        var contract = service.api.post("/api/auth/otp/send-sign-in-code",
                Map.of("email", lookAlike, "callback_url", CALLBACK));
        var stack = service.api.post("/api/v1/auth/otp/send-sign-in-code",
                Map.of("email", lookAlike, "callback_url", CALLBACK));

        assertRefusedAs(contract, "must not contain letters that fold into others");
        assertThat(stack.status()).as(stack.text()).isEqualTo(422);
        service.settledMailsTo(MailedService.addressOf(victim));
        assertThat(mailboxes()).doesNotContain(victim.replaceFirst("i", "1") + "@example.com")
                .allSatisfy(mailbox -> assertThat(mailbox).doesNotContain("\u0131"));
        assertThat(service.mailsTo(MailedService.addressOf(victim)))
                .noneMatch(mail -> mail.subject().equals(SIGN_IN_SUBJECT));
    }

    @Test
    void theCodeOfAnAccountGoesToTheAddressStoredOnItNotToTheSpellingOfTheRequest() {
        var name = uniqueName("Stored");
        var stored = name + "@example.com";
        var register = service.api.post("/api/auth/register",
                Map.of("username", name, "email", stored, "password", PASSWORD));
        assertThat(register.status()).as(register.text()).isEqualTo(201);

        var reply = service.api.post("/api/auth/otp/send-sign-in-code",
                Map.of("email", stored.toUpperCase(), "callback_url", CALLBACK));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        service.awaitMail(stored, SIGN_IN_SUBJECT);
        var headers = Arrays.stream(service.smtp.getReceivedMessages())
                .filter(message -> subjectOf(message).equals(SIGN_IN_SUBJECT))
                .map(LookAlikeEmailHttpTest::toHeader)
                .filter(to -> to.equalsIgnoreCase(stored)).toList();
        assertThat(headers).containsExactly(stored);
    }

    @Test
    void aLookAlikeAddressCannotBeRegisteredSoItsOwnerStillCan() {
        var owner = uniqueName("tim");
        var lookAlike = owner.replaceFirst("i", "\u0131") + "@example.com";

        var squat = service.api.post("/api/auth/register",
                Map.of("username", uniqueName("squat"), "email", lookAlike, "password", PASSWORD));
        var sharpS = service.api.post("/api/v1/auth/password/sign-up", Map.of("email", uniqueName("stra\u00dfe")
                + "@example.com", "password", PASSWORD, "verification_callback_url", CALLBACK));
        var real = service.api.post("/api/auth/register",
                Map.of("username", owner, "email", owner + "@example.com", "password", PASSWORD));

        assertRefusedAs(squat, "must not contain letters that fold into others");
        assertThat(sharpS.status()).as(sharpS.text()).isEqualTo(422);
        assertThat(real.status()).as(real.text()).isEqualTo(201);
    }

    /** NUL, DEL, a line separator, a zero-width space and a bidi override, refused wherever an address is entered. */
    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u007f", "\u2028", "\u200b", "\u202e"})
    void addressesWithControlOrInvisibleCharactersAreRefusedAtEveryEntryPoint(String character) {
        var address = uniqueName("ctl") + character + "@example.com";
        var reason = "must not contain control or invisible characters";

        assertRefusedAs(service.api.post("/api/auth/register",
                Map.of("username", uniqueName("ctl"), "email", address, "password", PASSWORD)), reason);
        assertRefusedAs(service.api.post("/api/auth/otp/send-sign-in-code",
                Map.of("email", address, "callback_url", CALLBACK)), reason);
        assertRefusedAs(service.api.post("/api/auth/forgot-password", Map.of("email", address)), reason);
        assertRefusedAs(service.api.post("/api/auth/send-verification", Map.of("email", address)), reason);
        assertRefusedAs(service.api.post("/api/v1/auth/password/sign-up", Map.of("email", address,
                "password", PASSWORD, "verification_callback_url", CALLBACK)), reason);
        var legacy = service.api.send("POST", "/auth/signup", "username=" + uniqueName("ctl") + "&password1="
                + encoded(PASSWORD) + "&password2=" + encoded(PASSWORD) + "&email=" + encoded(address)
                + "&accept_tos=on", "application/x-www-form-urlencoded");
        assertThat(legacy.body()).as(legacy.text()).containsEntry("success", false) // the legacy dialect's words
                .containsEntry("errors", Map.of("email", List.of("Enter a valid email address.")));
    }

    /** Without AUTH_MAIL_SMTP_UTF8 the server is not known to take SMTPUTF8: a non-ASCII local part is refused. */
    @Test
    void anAddressTheMailServerCannotTakeAsWrittenIsRefusedWhereItIsEntered() {
        var address = uniqueName("\u00e9lodie") + "@example.com";
        var reason = "cannot be delivered as written by this service's mail server";

        assertRefusedAs(service.api.post("/api/auth/register",
                Map.of("username", uniqueName("elodie"), "email", address, "password", PASSWORD)), reason);
        assertRefusedAs(service.api.post("/api/auth/otp/send-sign-in-code",
                Map.of("email", address, "callback_url", CALLBACK)), reason);
        assertRefusedAs(service.api.post("/api/auth/forgot-password", Map.of("email", address)), reason);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String toHeader(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getHeader("To")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
