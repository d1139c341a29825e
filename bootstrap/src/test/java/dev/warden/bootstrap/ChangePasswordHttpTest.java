package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.PASSWORD;
import static dev.warden.bootstrap.MailedService.addressOf;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * POST /api/auth/password/change (issue 16): the current password first (a wrong one counts as a failed login), the
 * policy, every other sign-in ended while the caller's own stays, and a mail to the account's address (GreenMail).
 */
class ChangePasswordHttpTest {
    private static final String CHANGE = "/api/auth/password/change";
    private static final String NEW_PASSWORD = "Amber-Orchard-Compass-7";
    private static final String NOTICE = "Your password was changed";
    private static final Pattern DIGITS = Pattern.compile("^    (\\d{6})\\r?$", Pattern.MULTILINE);

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of());

    private static Api.Reply change(SignIn caller, Object body) {
        return service.api.post(CHANGE, body, caller.headers());
    }

    private static Map<String, Object> body(String current, String newPassword) {
        return Map.of("current_password", current, "new_password", newPassword);
    }

    private static void assertError(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.body()).containsEntry("detail", detail).containsEntry("status_code", status)
                .containsKey("extra");
    }

    @Test
    void theNewPasswordLogsInTheOldOneNoLongerAndTheOwnerIsMailed() {
        var name = service.registered(uniqueName("pwok"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);

        var reply = change(caller, body(PASSWORD, NEW_PASSWORD));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(Map.of("message", "Password changed successfully"));
        assertThat(service.login(name, NEW_PASSWORD).status()).isEqualTo(200);
        assertError(service.login(name, PASSWORD), 401, "Invalid credentials");
        var notice = service.awaitMail(addressOf(name), NOTICE);
        assertThat(notice.to()).isEqualTo(addressOf(name));
        assertThat(notice.text()).contains(name).doesNotContain(NEW_PASSWORD);
        assertThat(notice.html()).contains(name);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedLogin() {
        var name = service.registered(uniqueName("pwbad"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);

        for (int i = 0; i < 5; i++) {
            assertError(change(caller, body("guess-" + i + "-" + PASSWORD, NEW_PASSWORD)), 403,
                    "Current password is incorrect");
        }

        assertError(change(caller, body(PASSWORD, NEW_PASSWORD)), 429, "Too many failed login attempts");
        assertError(service.login(name, PASSWORD), 429, "Too many failed login attempts");
        assertThat(service.settledMailsTo(addressOf(name))).extracting(MailedService.Mail::subject)
                .doesNotContain(NOTICE);
    }

    @Test
    void theNewPasswordMustMeetThePolicyAsAtReset() {
        var name = service.registered(uniqueName("pwweak"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);

        var reply = change(caller, body(PASSWORD, "password"));

        assertError(reply, 403, "Password does not meet requirements");
        @SuppressWarnings("unchecked")
        var reasons = (List<String>) ((Map<String, Object>) reply.body().get("extra")).get("reasons");
        assertThat(reasons).isNotEmpty();
        assertThat(service.login(name, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aMissingNewPasswordIsAValidationErrorAndAMissingCurrentOneAConfirmationRequired() {
        var name = service.registered(uniqueName("pwmiss"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);

        var noNew = change(caller, Map.of("current_password", PASSWORD));
        assertError(noNew, 422, "Validation failed");
        assertThat(noNew.body().get("extra")).isEqualTo(Map.of("fields", Map.of("new_password", List.of("must not be blank"))));
        // well-formed (an account without a password sends none): what this account needs to confirm is missing
        var noCurrent = change(caller, Map.of("new_password", NEW_PASSWORD));
        assertError(noCurrent, 403, "Confirmation required");
        assertThat(noCurrent.body().get("extra"))
                .isEqualTo(Map.of("fields", Map.of("current_password", List.of("must not be blank"))));
    }

    @Test
    void everyOtherSignInEndsWhileTheCallersTokenStays() {
        var name = service.registered(uniqueName("pwout"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);
        var otherToken = SignIn.bearer(service.api, name, PASSWORD);
        var cookie = SignIn.cookie(service.api, name, PASSWORD);
        var legacy = SignIn.legacy(service.api, name, PASSWORD);

        assertThat(change(caller, body(PASSWORD, NEW_PASSWORD)).status()).isEqualTo(200);

        assertError(service.api.get("/api/auth/me", otherToken.headers()), 403, "Invalid token");
        assertThat(otherToken.refresh(service.api)).isEqualTo(401);
        assertError(service.api.get("/api/auth/me", cookie.headers()), 401, "Authentication required");
        assertError(service.api.get("/api/auth/me", legacy.headers()), 403, "Invalid token");
        assertThat(caller.me(service.api)).isEqualTo(200);
        assertThat(caller.refresh(service.api)).isEqualTo(200);
    }

    @Test
    void withACookieThatSessionStays() {
        var name = service.registered(uniqueName("pwcookie"));
        var caller = SignIn.cookie(service.api, name, PASSWORD);
        var otherCookie = SignIn.cookie(service.api, name, PASSWORD);
        var token = SignIn.bearer(service.api, name, PASSWORD);

        assertThat(change(caller, body(PASSWORD, NEW_PASSWORD)).status()).isEqualTo(200);

        assertThat(caller.me(service.api)).isEqualTo(200);
        assertThat(otherCookie.me(service.api)).isEqualTo(401);
        assertThat(token.me(service.api)).isEqualTo(403);
    }

    @Test
    void withALegacyTokenThatTokenStays() {
        var name = service.registered(uniqueName("pwlegacy"));
        var caller = SignIn.legacy(service.api, name, PASSWORD);
        var otherLegacy = SignIn.legacy(service.api, name, PASSWORD);

        assertThat(change(caller, body(PASSWORD, NEW_PASSWORD)).status()).isEqualTo(200);

        assertThat(caller.me(service.api)).isEqualTo(200);
        assertThat(otherLegacy.me(service.api)).isEqualTo(403);
    }

    @Test
    void anAccountWithNeitherPasswordNorSecondFactorIsToldToSetUpTotpFirst() {
        var address = uniqueName("pwotp") + "@example.com";
        var sent = service.api.post("/api/auth/otp/send-sign-in-code",
                Map.of("email", address, "callback_url", MailedService.PUBLIC_URL + "/verify-otp"));
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        var digits = DIGITS.matcher(service.awaitMail(address, "Your sign-in code").text());
        assertThat(digits.find()).isTrue();
        var signedIn = service.api.post("/api/auth/otp/sign-in", Map.of("code", digits.group(1) + sent.string("nonce")));
        assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
        var caller = new SignIn(new String[] {"Authorization", Api.bearer(signedIn.string("access_token"))},
                signedIn.string("refresh_token"));

        assertError(change(caller, Map.of("new_password", NEW_PASSWORD, "code", "123456")), 403,
                "This account has no password or second factor to confirm the change with: "
                        + "set up multi-factor authentication first");
    }

    @Test
    void withoutCredentialsNothingChanges() {
        var name = service.registered(uniqueName("pwanon"));

        assertError(service.api.post(CHANGE, body(PASSWORD, NEW_PASSWORD)), 401, "Authentication required");
        assertThat(service.login(name, PASSWORD).status()).isEqualTo(200);
    }
}
