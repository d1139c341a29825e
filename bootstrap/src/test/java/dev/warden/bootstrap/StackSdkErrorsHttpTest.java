package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.inprocess.LibraryTotpGenerator;
import dev.warden.domain.mfa.TotpPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The errors of {@code /api/v1} as Stack's own SDK reads them: a request that names the SDK
 * ({@code x-stack-client-version}, or {@code x-hexclave-client-version} from 2.8.108) gets the SDK's codes, with
 * Stack's statuses, both known-error headers and the {@code details} the SDK rebuilds each error from; a failure the
 * SDK has no code for comes plain (a 429 above all, which the SDK waits out and retries only without a code). The
 * same requests without that header keep the names of seed 002 (StackApiHttpTest).
 */
class StackSdkErrorsHttpTest {
    private static final String PASSWORD = "secure_password_123";

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of());

    /** What @stackframe/js 2.8.102 sends with every request (client-interface.js, sendClientRequestInner). */
    private static String[] sdk(String... own) {
        var all = new ArrayList<>(List.of("X-Stack-Project-Id", "internal", "X-Stack-Access-Type", "client",
                "X-Stack-Client-Version", "js @stackframe/js@2.8.102", "X-Stack-Override-Error-Status", "true",
                "X-Stack-Allow-Anonymous-User", "true", "X-Stack-Random-Nonce", "n0nce"));
        all.addAll(List.of(own));
        return all.toArray(String[]::new);
    }

    /** 2.8.108 names the same headers x-hexclave-…, and no x-stack-… at all. */
    private static String[] hexclave(String... own) {
        var all = new ArrayList<>(List.of("X-Hexclave-Project-Id", "internal", "X-Hexclave-Access-Type", "client",
                "X-Hexclave-Client-Version", "js @stackframe/js@2.8.108"));
        all.addAll(List.of(own));
        return all.toArray(String[]::new);
    }

    private static Api.Reply signUp(String email, String password, String... headers) {
        return service.api.post("/api/v1/auth/password/sign-up", Map.of("email", email, "password", password),
                headers);
    }

    private static Api.Reply signIn(String email, String password, String... headers) {
        return service.api.post("/api/v1/auth/password/sign-in", Map.of("email", email, "password", password),
                headers);
    }

    private static String newEmail(String prefix) {
        return uniqueName(prefix) + "@example.com";
    }

    private static Api.Reply signedUp(String email) {
        var reply = signUp(email, PASSWORD, sdk());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    /** A known error as the SDK's {@code _processResponse} checks it: the body's code equals the header. */
    private static void assertKnown(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.header("x-stack-known-error")).as(reply.text()).hasValue(code);
        assertThat(reply.header("x-hexclave-known-error")).as(reply.text()).hasValue(code);
        assertThat(reply.body()).containsEntry("code", code);
        assertThat(reply.body().get("error")).isInstanceOf(String.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(Api.Reply reply) {
        assertThat(reply.body()).as(reply.text()).containsKey("details");
        return (Map<String, Object>) reply.body().get("details");
    }

    @Test
    void aWrongPasswordIsEmailPasswordMismatchInBothHeaderFamilies() {
        var email = newEmail("sdkwrong");
        signedUp(email);

        assertKnown(signIn(email, "wrong_password_1", sdk()), 400, "EMAIL_PASSWORD_MISMATCH");
        assertKnown(signIn(email, "wrong_password_2", hexclave()), 400, "EMAIL_PASSWORD_MISMATCH");
        assertKnown(signIn(newEmail("sdknobody"), PASSWORD, hexclave()), 400, "EMAIL_PASSWORD_MISMATCH");
        // a raw client of seed 002 still reads the seed's name
        var raw = signIn(email, "wrong_password_3");
        assertThat(raw.header("x-stack-known-error")).hasValue("EmailPasswordMismatch");
        assertThat(raw.header("x-hexclave-known-error")).isEmpty();
    }

    @Test
    void aTakenAddressIsUserEmailAlreadyExistsWithTheAddressInItsDetails() {
        var email = newEmail("sdkdup");
        signedUp(email);

        var again = signUp(email, "another_password_456", sdk());

        assertKnown(again, 409, "USER_EMAIL_ALREADY_EXISTS");
        assertThat(details(again)).isEqualTo(Map.of("email", email, "would_work_if_email_was_verified", false));
        assertThat(signIn(email, "another_password_456", sdk()).status()).isEqualTo(400); // nothing changed
    }

    @Test
    void refusedPasswordsAreTheSdksPasswordErrorsWithTheLimitsItReads() {
        var tooShort = signUp(newEmail("sdkshort"), "short", sdk());
        assertKnown(tooShort, 400, "PASSWORD_TOO_SHORT");
        assertThat(details(tooShort)).isEqualTo(Map.of("min_length", 8));

        var tooLong = signUp(newEmail("sdklong"), "x".repeat(129) + "9Q", sdk());
        assertKnown(tooLong, 400, "PASSWORD_TOO_LONG");
        assertThat(details(tooLong)).isEqualTo(Map.of("maxLength", 128));

        var common = signUp(newEmail("sdkcommon"), "password123", sdk());
        assertKnown(common, 400, "PASSWORD_REQUIREMENTS_NOT_MET");
        assertThat(details(common)).containsEntry("message", "Password is too common");
    }

    @Test
    void malformedInputIsASchemaErrorOrABodyParsingErrorWithTheMessageTheSdkReads() {
        var invalid = signIn("not-an-address", PASSWORD, sdk());
        assertKnown(invalid, 400, "SCHEMA_ERROR");
        assertThat(details(invalid)).containsEntry("message", "Validation failed").containsKey("fields");

        var unreadable = service.api.send("POST", "/api/v1/auth/password/sign-in", "{\"email\":", "application/json",
                sdk());
        assertKnown(unreadable, 400, "BODY_PARSING_ERROR");
        assertThat(details(unreadable)).containsKey("message");
    }

    @Test
    void accessTokenFailuresAreTheOnesTheSdkRefreshesOnAndNoUserIsCannotGetOwnUser() {
        var me = service.api.send("GET", "/api/v1/users/me", null, null, sdk("X-Stack-Access-Token", "not-a-token"));
        assertKnown(me, 401, "UNPARSABLE_ACCESS_TOKEN");

        var anonymous = service.api.send("GET", "/api/v1/users/me", null, null, sdk());
        assertKnown(anonymous, 400, "CANNOT_GET_OWN_USER_WITHOUT_USER");
        var sessions = service.api.send("GET", "/api/v1/auth/sessions?user_id=me", null, null, hexclave());
        assertKnown(sessions, 400, "CANNOT_GET_OWN_USER_WITHOUT_USER");
    }

    @Test
    void anExpiredAccessTokenIsAccessTokenExpiredWithTheDetailsObjectTheSdkReads() {
        var access = signedUp(newEmail("sdkexpired")).string("access_token");
        service.clock.advance(java.time.Duration.ofDays(8)); // past the access token's 7 days

        var me = service.api.send("GET", "/api/v1/users/me", null, null, sdk("X-Stack-Access-Token", access));

        assertKnown(me, 401, "ACCESS_TOKEN_EXPIRED");
        assertThat(details(me)).isEmpty(); // present, though empty: the SDK reads its fields
    }

    @Test
    void aSignInStoppedForTotpCarriesTheAttemptCodeAndTheMfaSignInAnswersInTheSdksCodes() {
        var email = newEmail("sdkmfa");
        var access = signedUp(email).string("access_token");
        service.verify(email);
        var app = new LibraryTotpGenerator();
        var secret = service.api.post("/api/auth/mfa/totp/setup", "", "Authorization", Api.bearer(access))
                .string("secret");
        var step = TotpPolicy.stepAt(service.clock.now());
        assertThat(service.api.post("/api/auth/mfa/totp/enable", Map.of("code", app.codeAt(secret, step)),
                "Authorization", Api.bearer(access)).status()).isEqualTo(200);
        service.clock.advance(TotpPolicy.PERIOD);

        var stopped = signIn(email, PASSWORD, hexclave());

        assertKnown(stopped, 400, "MULTI_FACTOR_AUTHENTICATION_REQUIRED");
        var attempt = (String) details(stopped).get("attempt_code");
        assertThat(attempt).isNotBlank();
        var wrong = service.api.post("/api/v1/auth/mfa/sign-in",
                Map.of("type", "totp", "totp", "aaaaa-bbbbb", "code", attempt), hexclave());
        assertKnown(wrong, 400, "INVALID_TOTP_CODE");
        var unknown = service.api.post("/api/v1/auth/mfa/sign-in",
                Map.of("type", "totp", "totp", app.codeAt(secret, step + 1), "code", "no-such-attempt"), hexclave());
        assertKnown(unknown, 404, "VERIFICATION_CODE_NOT_FOUND");
        var done = service.api.post("/api/v1/auth/mfa/sign-in",
                Map.of("type", "totp", "totp", app.codeAt(secret, step + 1), "code", attempt), hexclave());
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        // a raw client finds the same code under Stack's name too
        var raw = signIn(email, PASSWORD);
        assertThat(details(raw)).containsKeys("attempt_code", "mfa_token");
    }

    @Test
    void aThrottledRequestIsAPlain429WithRetryAfterInSecondsWhichTheSdkWaitsOutAndRetries() {
        var email = newEmail("sdkthrottle");
        signedUp(email);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "wrong_password_" + i, sdk()).status()).isEqualTo(400);
        }

        var locked = signIn(email, PASSWORD, sdk());

        assertThat(locked.status()).as(locked.text()).isEqualTo(429);
        assertThat(locked.header("x-stack-known-error")).isEmpty();
        assertThat(locked.header("x-hexclave-known-error")).isEmpty();
        assertThat(locked.header("Retry-After")).hasValue("60");
        assertThat(locked.body()).isEqualTo(Map.of("error", "Too many failed login attempts",
                "details", Map.of("retry_after", 60)));
    }
}
