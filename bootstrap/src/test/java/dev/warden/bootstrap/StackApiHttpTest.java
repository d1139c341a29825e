package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.VERIFY_SUBJECT;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Stack-style surface under {@code /api/v1} as the Python client of seed 002 calls it: the same paths, bodies and
 * headers (its project id and keys, which are ignored), the mails read from a real SMTP server (GreenMail).
 */
class StackApiHttpTest {
    private static final String PASSWORD = "secure_password_123";
    private static final String KNOWN_ERROR = "x-stack-known-error";
    private static final Pattern DIGITS = Pattern.compile("^    (\\d{6})\\r?$", Pattern.MULTILINE);
    private static final List<String> USER_FIELDS = List.of("id", "display_name", "primary_email",
            "primary_email_verified", "profile_image_url", "signed_up_at_millis", "last_active_at_millis",
            "oauth_providers", "has_password", "auth_with_email", "primary_email_auth_enabled", "otp_auth_enabled",
            "passkey_auth_enabled", "requires_totp_mfa", "client_metadata", "client_read_only_metadata",
            "selected_team", "selected_team_id", "is_anonymous", "is_restricted", "restricted_reason",
            "restricted_by_admin", "restricted_by_admin_reason");

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of("auth.otp.allowed-callback-origins", "https://yourapp.com"));

    /** What {@code stack_auth_request} of the seed sends with every request, then the call's own headers. */
    private static String[] headers(String... own) {
        var all = new ArrayList<>(List.of("x-stack-access-type", "server", "x-stack-project-id", "project-42",
                "x-stack-publishable-client-key", "pck_example", "x-stack-secret-server-key", "ssk_example"));
        all.addAll(List.of(own));
        return all.toArray(String[]::new);
    }

    private static Api.Reply post(String endpoint, Object body, String... own) {
        return service.api.post("/" + endpoint, body, headers(own));
    }

    private static Api.Reply call(String method, String endpoint, String... own) {
        return service.api.send(method, "/" + endpoint, null, null, headers(own));
    }

    private static Api.Reply signUp(String email, String password) {
        return post("api/v1/auth/password/sign-up", Map.of("email", email, "password", password,
                "verification_callback_url", "https://yourapp.com/verify"));
    }

    private static Api.Reply signIn(String email, String password) {
        return post("api/v1/auth/password/sign-in", Map.of("email", email, "password", password));
    }

    private static Api.Reply me(String accessToken) {
        return call("GET", "api/v1/users/me", "x-stack-access-token", accessToken);
    }

    private static Api.Reply refresh(String refreshToken) {
        return call("POST", "api/v1/auth/sessions/current/refresh", "x-stack-refresh-token", refreshToken);
    }

    private static Api.Reply sessions(String accessToken) {
        return call("GET", "api/v1/auth/sessions", "x-stack-access-token", accessToken);
    }

    private static Api.Reply deleteSession(String accessToken, String id) {
        return call("DELETE", "api/v1/auth/sessions/" + id, "x-stack-access-token", accessToken);
    }

    /** Verifies the address with the code of the verification mail that its sign-up's callback URL received. */
    private static void verifiedByMailedCode(String email) {
        var mail = service.awaitMail(email, VERIFY_SUBJECT);
        assertThat(mail.link()).startsWith("https://yourapp.com/verify?code=");
        var verified = post("api/v1/contact-channels/verify", Map.of("code", mail.code()));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
    }

    private static String newEmail(String prefix) {
        return uniqueName(prefix) + "@example.com";
    }

    private static Api.Reply signedUp(String email) {
        var reply = signUp(email, PASSWORD);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    /** A Stack error: the status, the body {@code {code, error}} (and details, if any), the name in the header. */
    private static void assertStackError(Api.Reply reply, int status, String code, String error) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.body()).containsEntry("code", code).containsEntry("error", error)
                .doesNotContainKeys("detail", "status_code", "extra");
        assertThat(reply.header(KNOWN_ERROR)).hasValue(code);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    private static void assertExactStackError(Api.Reply reply, int status, String code, String error) {
        assertStackError(reply, status, code, error);
        assertThat(reply.body()).isEqualTo(Map.of("code", code, "error", error));
    }

    @Test
    void theSeedsPasswordFlowSignsUpSignsInRefreshesWithOneRefreshTokenAndManagesSessions() {
        var email = newEmail("newuser");
        var signUp = signedUp(email);
        assertThat(signUp.body()).containsOnlyKeys("access_token", "refresh_token", "user_id");
        assertThat(signUp.header("Cache-Control")).hasValue("no-store");
        var userId = signUp.string("user_id");

        var me = me(signUp.string("access_token"));
        assertThat(me.status()).as(me.text()).isEqualTo(200);
        assertThat(me.body()).containsOnlyKeys(USER_FIELDS.toArray(String[]::new));
        assertThat(me.body()).containsEntry("id", userId)
                .containsEntry("display_name", email.substring(0, email.indexOf('@')))
                .containsEntry("primary_email", email)
                .containsEntry("primary_email_verified", false)
                .containsEntry("profile_image_url", null)
                .containsEntry("signed_up_at_millis", service.clock.now().toEpochMilli())
                .containsEntry("last_active_at_millis", service.clock.now().toEpochMilli())
                .containsEntry("oauth_providers", List.of())
                .containsEntry("has_password", true)
                .containsEntry("auth_with_email", true);
        // the verification mail of registration, linking to the callback URL with the code
        assertThat(service.awaitMail(email, VERIFY_SUBJECT).link()).startsWith("https://yourapp.com/verify?code=");

        var signIn = signIn(email, PASSWORD);
        assertThat(signIn.status()).as(signIn.text()).isEqualTo(200);
        assertThat(signIn.body()).containsOnlyKeys("access_token", "refresh_token", "user_id")
                .containsEntry("user_id", userId);
        var refreshToken = signIn.string("refresh_token");

        var first = refresh(refreshToken);
        var second = refresh(refreshToken);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(second.body()).containsOnlyKeys("access_token");
        assertThat(second.header("Cache-Control")).hasValue("no-store");
        var access = second.string("access_token");
        assertThat(access).isNotEqualTo(first.string("access_token")).isNotEqualTo(signIn.string("access_token"));
        assertThat(me(access).body()).containsEntry("id", userId);
        assertThat(me(first.string("access_token")).status()).isEqualTo(200);

        var listed = sessions(access);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) listed.body().get("items");
        assertThat(items).hasSize(2).allSatisfy(item -> assertThat(item)
                .containsOnlyKeys("id", "user_id", "created_at", "last_used_at", "is_impersonation",
                        "is_current_session")
                .containsEntry("user_id", userId).containsEntry("is_impersonation", false));
        var current = items.stream().filter(item -> item.get("is_current_session").equals(true)).toList();
        assertThat(current).hasSize(1);
        assertThat(((Number) current.getFirst().get("created_at")).longValue())
                .isEqualTo(service.clock.now().toEpochMilli());
        var currentId = (String) current.getFirst().get("id");
        var otherId = items.stream().map(item -> (String) item.get("id")).filter(id -> !id.equals(currentId))
                .findFirst().orElseThrow();

        assertExactStackError(deleteSession(access, currentId), 400, "CannotDeleteCurrentSession",
                "Cannot delete the current session");
        assertThat(me(access).status()).isEqualTo(200);

        var deleted = deleteSession(access, otherId);
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo(Map.of("success", true));
        assertExactStackError(me(signUp.string("access_token")), 403, "InvalidAccessToken", "Invalid token");
        assertExactStackError(refresh(signUp.string("refresh_token")), 401, "RefreshTokenNotFoundOrExpired",
                "Invalid refresh token");
        assertThat(sessions(access).body().get("items")).asList().hasSize(1);
        assertThat(refresh(refreshToken).status()).as("the current session lives on").isEqualTo(200);
    }

    @Test
    void aWrongPasswordAnUnknownAddressAndAnAccountWithoutPasswordAreEmailPasswordMismatch() {
        var email = newEmail("mismatch");
        signedUp(email);

        var wrong = signIn(email, "not_the_password_1");
        assertExactStackError(wrong, 400, "EmailPasswordMismatch", "Invalid credentials");
        assertThat(wrong.header("WWW-Authenticate")).isEmpty();
        assertExactStackError(signIn(newEmail("nobody"), PASSWORD), 400, "EmailPasswordMismatch",
                "Invalid credentials");
        var passwordless = otpSignIn(newEmail("nopass"));
        assertExactStackError(signIn(passwordless.email(), PASSWORD), 400, "EmailPasswordMismatch",
                "Invalid credentials");
    }

    @Test
    void aSecondSignUpWithTheSameAddressIsUserWithEmailAlreadyExists() {
        var email = newEmail("twice");
        signedUp(email);

        assertExactStackError(signUp(email.toUpperCase(), PASSWORD), 409, "UserWithEmailAlreadyExists",
                "Email already registered");
    }

    @Test
    void anExpiredAccessTokenIsAccessTokenExpiredAndTheSameRefreshTokenRenewsIt() {
        var signUp = signedUp(newEmail("expiry"));

        service.clock.advance(Duration.ofDays(7));
        var expired = me(signUp.string("access_token"));
        var renewed = refresh(signUp.string("refresh_token"));

        assertExactStackError(expired, 401, "AccessTokenExpired", "Invalid token");
        assertThat(renewed.status()).as(renewed.text()).isEqualTo(200);
        assertThat(me(renewed.string("access_token")).body()).containsEntry("id", signUp.string("user_id"));
    }

    @Test
    void onlyTheStackHeaderCarriesTheCredentialHereAndOnlyHere() {
        var signUp = signedUp(newEmail("header"));
        var token = signUp.string("access_token");

        assertExactStackError(call("GET", "api/v1/users/me"), 401, "UserAuthenticationRequired",
                "Authentication required");
        assertExactStackError(call("GET", "api/v1/users/me", "Authorization", "Bearer " + token), 401,
                "UserAuthenticationRequired", "Authentication required");
        assertExactStackError(me("not-a-token"), 403, "InvalidAccessToken", "Invalid token");
        var contract = service.api.get("/api/auth/me", "x-stack-access-token", token);
        assertThat(contract.status()).isEqualTo(401);
        assertThat(contract.body()).containsEntry("detail", "Authentication required");
        assertThat(contract.header(KNOWN_ERROR)).isEmpty();
    }

    @Test
    void theContractsSurfaceKeepsItsOwnErrorFormat() {
        var email = newEmail("contract");
        signedUp(email);

        var reply = service.api.post("/api/auth/login", Map.of("username", email, "password", "wrong-password-1"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo(Map.of("detail", "Invalid credentials", "status_code", 401, "extra", Map.of()));
        assertThat(reply.header(KNOWN_ERROR)).isEmpty();
    }

    private record OtpSignIn(String email, Api.Reply reply) {}

    private static String mailedDigits(String email) {
        var mail = service.awaitMail(email, "Your sign-in code");
        var matcher = DIGITS.matcher(mail.text());
        assertThat(matcher.find()).as(mail.text()).isTrue();
        assertThat(mail.link()).startsWith("https://yourapp.com/verify-otp?code=" + matcher.group(1));
        return matcher.group(1);
    }

    private static OtpSignIn otpSignIn(String email) {
        var sent = post("api/v1/auth/otp/send-sign-in-code",
                Map.of("email", email, "callback_url", "https://yourapp.com/verify-otp"));
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        assertThat(sent.body()).containsOnlyKeys("nonce");
        var reply = post("api/v1/auth/otp/sign-in", Map.of("code", mailedDigits(email) + sent.string("nonce")));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return new OtpSignIn(email, reply);
    }

    @Test
    void theMailedCodeSignsUpAndItsTokensWork() {
        var signedIn = otpSignIn(newEmail("otp")).reply();

        assertThat(signedIn.body()).containsOnlyKeys("access_token", "refresh_token", "user_id", "is_new_user")
                .containsEntry("is_new_user", true);
        assertThat(me(signedIn.string("access_token")).body()).containsEntry("id", signedIn.string("user_id"))
                .containsEntry("primary_email_verified", true).containsEntry("has_password", false);
        assertThat(refresh(signedIn.string("refresh_token")).status()).isEqualTo(200);
    }

    @Test
    void aWrongCodeAndAForeignCallbackAreRefusedInStacksFormat() {
        var email = newEmail("otpwrong");
        var sent = post("api/v1/auth/otp/send-sign-in-code",
                Map.of("email", email, "callback_url", "https://yourapp.com/verify-otp"));
        var digits = mailedDigits(email);
        var wrong = (digits.equals("000000") ? "111111" : "000000") + sent.string("nonce");

        assertExactStackError(post("api/v1/auth/otp/sign-in", Map.of("code", wrong)), 403, "InvalidSignInCode",
                "Invalid or expired code");
        assertExactStackError(post("api/v1/auth/otp/send-sign-in-code",
                        Map.of("email", email, "callback_url", "https://evil.example.net/login")), 400,
                "RedirectUrlNotWhitelisted", "callback_url is not allowed");
    }

    @Test
    void signUpInputIsCheckedAsRegistrationChecksIt() {
        var bad = post("api/v1/auth/password/sign-up", Map.of("email", newEmail("cb"), "password", PASSWORD,
                "verification_callback_url", "/relative/verify"));
        assertExactStackError(bad, 400, "RedirectUrlNotWhitelisted", "callback_url is not allowed");

        var weak = signUp(newEmail("weak"), "password");
        assertStackError(weak, 422, "PasswordRequirementsNotMet", "Validation failed");
        assertThat(weak.body().get("details").toString()).contains("password", "Password is too common");

        var missing = post("api/v1/auth/password/sign-up", Map.of());
        assertStackError(missing, 422, "SchemaError", "Validation failed");
        assertThat(missing.body()).containsEntry("details", Map.of("fields",
                Map.of("email", List.of("must not be blank"), "password", List.of("must not be blank"))));

        var notAnEmail = signIn("just-a-username", PASSWORD);
        assertStackError(notAnEmail, 422, "SchemaError", "Validation failed");

        assertExactStackError(service.api.send("POST", "/api/v1/auth/password/sign-in", "{not json",
                "application/json"), 400, "MalformedRequest", "Malformed request");
        assertExactStackError(call("GET", "api/v1/no-such-endpoint"), 404, "NotFound", "Not found");
        // no refresh token at all: as one unknown (the SDK signs out), not a fault of the body's shape
        assertStackError(call("POST", "api/v1/auth/sessions/current/refresh"), 401, "RefreshTokenNotFoundOrExpired",
                "Invalid refresh token");
    }

    @Test
    void anotherUsersOrAnUnknownSessionIsNotFound() {
        var ada = signedUp(newEmail("ada"));
        var grace = signedUp(newEmail("grace"));
        @SuppressWarnings("unchecked")
        var graces = (List<Map<String, Object>>) sessions(grace.string("access_token")).body().get("items");

        assertExactStackError(deleteSession(ada.string("access_token"), (String) graces.getFirst().get("id")), 404,
                "SessionNotFound", "Session not found");
        assertExactStackError(deleteSession(ada.string("access_token"), "not-a-uuid"), 404, "SessionNotFound",
                "Session not found");
        assertThat(me(grace.string("access_token")).status()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenRotatedAwayOnTheContractsRefreshIsDeadHereAndEndsItsFamily() {
        var signUp = signedUp(newEmail("rotated"));
        var rotated = service.api.post("/api/auth/refresh", Map.of("refresh_token", signUp.string("refresh_token")));
        assertThat(rotated.status()).isEqualTo(200);

        assertExactStackError(refresh(signUp.string("refresh_token")), 401, "RefreshTokenNotFoundOrExpired",
                "Invalid refresh token");
        assertThat(service.api.get("/api/auth/me", "Authorization", "Bearer " + rotated.string("access_token"))
                .status()).as("the replay revoked the family").isEqualTo(403);
    }

    @Test
    void lockedOutSignInsAre429InStacksFormatWithRetryAfter() {
        var email = newEmail("locked");
        signedUp(email);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "wrong_password_" + i).status()).isEqualTo(400);
        }

        var locked = signIn(email, PASSWORD);

        assertExactStackErrorWithDetails(locked, 429, "TooManyFailedLogins", "Too many failed login attempts",
                Map.of("retry_after", 60));
        assertThat(locked.header("Retry-After")).hasValue("60");
    }

    private static void assertExactStackErrorWithDetails(Api.Reply reply, int status, String code, String error,
                                                         Map<String, Object> details) {
        assertStackError(reply, status, code, error);
        assertThat(reply.body()).isEqualTo(Map.of("code", code, "error", error, "details", details));
    }

    @Test
    void aSignInOfAnAccountWithTotpIsFinishedByTheMfaSignInWithTheAttemptCode() {
        var email = newEmail("stackmfa");
        var access = signedUp(email).string("access_token");
        verifiedByMailedCode(email);
        var app = new dev.warden.adapter.inprocess.LibraryTotpGenerator();
        var setup = service.api.post("/api/auth/mfa/totp/setup", "", "Authorization", Api.bearer(access));
        var secret = setup.string("secret");
        var step = dev.warden.domain.mfa.TotpPolicy.stepAt(service.clock.now());
        assertThat(service.api.post("/api/auth/mfa/totp/enable", Map.of("code", app.codeAt(secret, step)),
                "Authorization", Api.bearer(access)).status()).isEqualTo(200);
        service.clock.advance(dev.warden.domain.mfa.TotpPolicy.PERIOD);

        var stopped = signIn(email, PASSWORD);

        assertStackError(stopped, 401, "MultiFactorAuthenticationRequired", "Multi-factor authentication required");
        @SuppressWarnings("unchecked")
        var details = (Map<String, Object>) stopped.body().get("details");
        var attempt = (String) details.get("mfa_token");
        assertThat(stopped.body()).doesNotContainKeys("access_token", "refresh_token");

        var wrong = post("api/v1/auth/mfa/sign-in", Map.of("type", "totp", "totp", "aaaaa-bbbbb", "code", attempt));
        assertExactStackError(wrong, 403, "InvalidTotpCode", "Invalid code");
        var done = post("api/v1/auth/mfa/sign-in",
                Map.of("type", "totp", "totp", app.codeAt(secret, step + 1), "code", attempt));

        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(done.body()).containsOnlyKeys("access_token", "refresh_token", "user_id");
        assertThat(me(done.string("access_token")).string("primary_email")).isEqualTo(email);
        assertExactStackError(post("api/v1/auth/mfa/sign-in",
                        Map.of("totp", app.codeAt(secret, step + 1), "code", attempt)), 403, "InvalidMfaAttemptCode",
                "Invalid or expired MFA token");
    }

    @Test
    void anAttemptCodeOfASessionLoginIsNotFinishedHere() {
        var email = newEmail("stackmfa2");
        var access = signedUp(email).string("access_token");
        verifiedByMailedCode(email);
        var app = new dev.warden.adapter.inprocess.LibraryTotpGenerator();
        var secret = service.api.post("/api/auth/mfa/totp/setup", "", "Authorization", Api.bearer(access))
                .string("secret");
        var step = dev.warden.domain.mfa.TotpPolicy.stepAt(service.clock.now());
        service.api.post("/api/auth/mfa/totp/enable", Map.of("code", app.codeAt(secret, step)),
                "Authorization", Api.bearer(access));
        var session = service.api.post("/api/auth/session/login", Map.of("username", email, "password", PASSWORD));
        @SuppressWarnings("unchecked")
        var attempt = (String) ((Map<String, Object>) session.body().get("extra")).get("mfa_token");

        var refused = post("api/v1/auth/mfa/sign-in", Map.of("totp", app.codeAt(secret, step + 1), "code", attempt));

        assertExactStackError(refused, 403, "InvalidMfaAttemptCode", "Invalid or expired MFA token");
        var missing = post("api/v1/auth/mfa/sign-in", Map.of());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().get("code")).isEqualTo("SchemaError");
        assertThat(missing.text()).contains("\"totp\"", "\"code\"").doesNotContain("mfa_token");
    }
}
