package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.PASSWORD;
import static dev.warden.bootstrap.MailedService.PUBLIC_URL;
import static dev.warden.bootstrap.MailedService.addressOf;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.inprocess.LibraryTotpGenerator;
import dev.warden.domain.mfa.TotpPolicy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * TOTP multi-factor (seed 002) over HTTP: set-up, enabling, the challenge on every way in (JSON, form, session,
 * legacy, mailed code, HTTP Basic), finishing it with a code or a recovery code, replays refused, disabling.
 */
class TotpHttpTest {
    private static final Pattern DIGITS = Pattern.compile("^    (\\d{6})\\r?$", Pattern.MULTILINE);
    private static final LibraryTotpGenerator APP = new LibraryTotpGenerator();

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of("auth.basic.enabled", true));

    private record Enrolled(String username, String secret, List<String> recoveryCodes, String accessToken) {}

    /** What the authenticator app shows now, by the service's clock. */
    private static String appCode(String secret) {
        return APP.codeAt(secret, TotpPolicy.stepAt(service.clock.now()));
    }

    /** Moves the service's clock to the next 30-second step, so that the next code is a new one. */
    private static void nextStep() {
        service.clock.advance(TotpPolicy.PERIOD);
    }

    private static Enrolled enrolled() {
        var name = service.registeredAndVerified(uniqueName("totp"));
        var access = service.login(name, PASSWORD).string("access_token");
        var setup = service.api.post("/api/auth/mfa/totp/setup", "", "Authorization", Api.bearer(access));
        assertThat(setup.status()).as(setup.text()).isEqualTo(200);
        var secret = setup.string("secret");
        var enable = service.api.post("/api/auth/mfa/totp/enable", Map.of("code", appCode(secret)),
                "Authorization", Api.bearer(access));
        assertThat(enable.status()).as(enable.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var codes = (List<String>) enable.body().get("recovery_codes");
        nextStep();
        return new Enrolled(name, secret, codes, access);
    }

    private static String mfaTokenOf(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Multi-factor authentication required");
        @SuppressWarnings("unchecked")
        var extra = (Map<String, Object>) reply.body().get("extra");
        assertThat(extra.get("methods")).isEqualTo(List.of("totp", "recovery_code"));
        assertThat(reply.body()).doesNotContainKeys("access_token", "refresh_token");
        return (String) extra.get("mfa_token");
    }

    private static Api.Reply verify(String mfaToken, String code) {
        return service.api.post("/api/auth/mfa/totp/verify", Map.of("mfa_token", mfaToken, "code", code));
    }

    private static Api.Reply me(String... headers) {
        return service.api.get("/api/auth/me", headers);
    }

    @Test
    void setUpGivesTheSecretItsUriAndAQrCodeAndAWrongFirstCodeEnablesNothing() {
        var name = service.registeredAndVerified(uniqueName("setup"));
        var access = service.login(name, PASSWORD).string("access_token");

        var setup = service.api.post("/api/auth/mfa/totp/setup", "", "Authorization", Api.bearer(access));

        assertThat(setup.status()).as(setup.text()).isEqualTo(200);
        assertThat(setup.string("otpauth_uri")).startsWith("otpauth://totp/Warden%3A" + name + "?")
                .contains("secret=" + setup.string("secret"), "issuer=Warden", "digits=6", "period=30");
        assertThat(setup.string("qr_code")).startsWith("data:image/png;base64,");
        var png = Base64.getDecoder().decode(setup.string("qr_code").substring("data:image/png;base64,".length()));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(setup.header("Cache-Control")).hasValue("no-store");

        var secret = setup.string("secret");
        var wrong = appCode(secret).equals("000000") ? "111111" : "000000";
        var refused = service.api.post("/api/auth/mfa/totp/enable", Map.of("code", wrong), "Authorization",
                Api.bearer(access));
        assertThat(refused.status()).as(refused.text()).isEqualTo(403);
        assertThat(refused.detail()).isEqualTo("Invalid code");
        assertThat(service.login(name, PASSWORD).status()).as("not enabled: no second factor asked").isEqualTo(200);
    }

    @Test
    void theSecretIsStoredEncrypted() throws Exception {
        var enrolled = enrolled();
        var url = service.server.getApplicationContext().getRequiredProperty("datasources.default.url", String.class);
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.prepareStatement("""
                     SELECT t.sealed_secret FROM totp_enrollments t JOIN users u ON u.id = t.user_id
                     WHERE u.username = ?""")) {
            statement.setString(1, enrolled.username());
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                var stored = rows.getString(1);
                assertThat(stored).doesNotContain(enrolled.secret());
                assertThat(new String(Base64.getDecoder().decode(stored), StandardCharsets.ISO_8859_1))
                        .doesNotContain(enrolled.secret());
            }
        }
    }

    @Test
    void enablingGivesTenRecoveryCodesAndThenALoginNeedsTheAuthenticator() {
        var enrolled = enrolled();
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();

        var mfaToken = mfaTokenOf(service.login(enrolled.username(), PASSWORD));
        var done = verify(mfaToken, appCode(enrolled.secret()));

        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(done.body()).containsKeys("access_token", "refresh_token", "token_type", "expires_in", "user_id");
        assertThat(done.header("Cache-Control")).hasValue("no-store");
        var profile = me("Authorization", Api.bearer(done.string("access_token")));
        assertThat(profile.string("username")).isEqualTo(enrolled.username());
        assertThat(profile.string("id")).isEqualTo(done.string("user_id"));
        var refreshed = service.api.post("/api/auth/refresh", Map.of("refresh_token", done.string("refresh_token")));
        assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);

        var used = verify(mfaToken, appCode(enrolled.secret()));
        assertThat(used.status()).isEqualTo(403);
        assertThat(used.detail()).isEqualTo("Invalid or expired MFA token");
    }

    @Test
    void aCodeIsAcceptedOnceAndARecoveryCodeToo() {
        var enrolled = enrolled();
        var code = appCode(enrolled.secret());
        assertThat(verify(mfaTokenOf(service.login(enrolled.username(), PASSWORD)), code).status()).isEqualTo(200);

        var replay = verify(mfaTokenOf(service.login(enrolled.username(), PASSWORD)), code);
        assertThat(replay.status()).as(replay.text()).isEqualTo(403);
        assertThat(replay.detail()).isEqualTo("Invalid code");

        var recovery = enrolled.recoveryCodes().get(0);
        assertThat(verify(mfaTokenOf(service.login(enrolled.username(), PASSWORD)), recovery).status()).isEqualTo(200);
        var again = verify(mfaTokenOf(service.login(enrolled.username(), PASSWORD)), recovery);
        assertThat(again.status()).as(again.text()).isEqualTo(403);
        assertThat(again.detail()).isEqualTo("Invalid code");
    }

    @Test
    void fiveWrongCodesKillTheChallenge() {
        var enrolled = enrolled();
        var mfaToken = mfaTokenOf(service.login(enrolled.username(), PASSWORD));
        for (int i = 0; i < 5; i++) {
            var wrong = verify(mfaToken, "aaaaa-bbbbb");
            assertThat(wrong.status()).as(wrong.text()).isEqualTo(403);
            assertThat(wrong.detail()).isEqualTo("Invalid code");
        }

        var dead = verify(mfaToken, appCode(enrolled.secret()));

        assertThat(dead.status()).isEqualTo(403);
        assertThat(dead.detail()).isEqualTo("Invalid or expired MFA token");
        var locked = verify(mfaTokenOf(service.login(enrolled.username(), PASSWORD)), appCode(enrolled.secret()));
        assertThat(locked.status()).as("the second factor is locked like a password").isEqualTo(429);
        assertThat(locked.header("Retry-After")).isPresent();
    }

    @Test
    void everyWayInWithAPasswordOrAMailedCodeGetsTheChallenge() {
        var enrolled = enrolled();
        var name = enrolled.username();

        var form = service.api.send("POST", "/api/auth/token", "username=" + name + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertThat(verify(mfaTokenOf(form), enrolled.recoveryCodes().get(1)).body()).containsKey("access_token");

        var basic = me("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(verify(mfaTokenOf(basic), enrolled.recoveryCodes().get(2)).body()).containsKey("access_token");

        var nonce = service.api.post("/api/auth/otp/send-sign-in-code",
                Map.of("email", addressOf(name), "callback_url", PUBLIC_URL + "/otp")).string("nonce");
        var mail = service.awaitMail(addressOf(name), "Your sign-in code");
        var digits = DIGITS.matcher(mail.text());
        assertThat(digits.find()).isTrue();
        var otp = service.api.post("/api/auth/otp/sign-in", Map.of("code", digits.group(1) + nonce));
        assertThat(verify(mfaTokenOf(otp), appCode(enrolled.secret())).body()).containsKey("access_token");
    }

    @Test
    void aSessionLoginFinishesWithTheCookieAndALegacyLoginWithALegacyToken() {
        var enrolled = enrolled();

        var session = service.api.post("/api/auth/session/login",
                Map.of("username", enrolled.username(), "password", PASSWORD));
        assertThat(SetCookie.sessionCookiesOf(session)).isEmpty();
        var opened = verify(mfaTokenOf(session), enrolled.recoveryCodes().get(3));
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        var cookie = SetCookie.sessionCookieOf(opened);
        assertThat(me("Cookie", SetCookie.SESSION + "=" + cookie.value()).string("username"))
                .isEqualTo(enrolled.username());

        var legacy = service.api.send("POST", "/auth/login", "username=" + enrolled.username() + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        var issued = verify(mfaTokenOf(legacy), enrolled.recoveryCodes().get(4));
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        assertThat(issued.body()).containsEntry("success", true).containsEntry("errors", Map.of());
        assertThat(me("Authorization", "Token " + issued.string("token")).string("username"))
                .isEqualTo(enrolled.username());
    }

    /** Issue 16, finding 8: the session a browser held must not outlive a new login finished by the second factor. */
    @Test
    void aSessionLoginFinishedByTheSecondFactorEndsTheSessionTheBrowserHeld() {
        var enrolled = enrolled();
        var first = verify(mfaTokenOf(service.api.post("/api/auth/session/login",
                Map.of("username", enrolled.username(), "password", PASSWORD))), enrolled.recoveryCodes().get(5));
        var held = SetCookie.SESSION + "=" + SetCookie.sessionCookieOf(first).value();

        var challenge = service.api.post("/api/auth/session/login",
                Map.of("username", enrolled.username(), "password", PASSWORD), "Cookie", held);
        var second = service.api.post("/api/auth/mfa/totp/verify",
                Map.of("mfa_token", mfaTokenOf(challenge), "code", enrolled.recoveryCodes().get(6)), "Cookie", held);

        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(service.api.get("/api/auth/me", "Cookie", held).status()).isEqualTo(401);
        assertThat(me("Cookie", SetCookie.SESSION + "=" + SetCookie.sessionCookieOf(second).value())
                .string("username")).isEqualTo(enrolled.username());
    }

    @Test
    void disablingNeedsACodeAndThenLoginsGiveTokensAgain() {
        var enrolled = enrolled();
        var auth = Api.bearer(enrolled.accessToken());

        var wrong = service.api.post("/api/auth/mfa/totp/disable", Map.of("code", "aaaaa-bbbbb"), "Authorization", auth);
        assertThat(wrong.status()).as(wrong.text()).isEqualTo(403);
        var again = service.api.post("/api/auth/mfa/totp/setup", "", "Authorization", auth);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).isEqualTo("Multi-factor authentication is already enabled");

        var disabled = service.api.post("/api/auth/mfa/totp/disable", Map.of("code", appCode(enrolled.secret())),
                "Authorization", auth);

        assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
        assertThat(disabled.string("message")).isEqualTo("Multi-factor authentication disabled");
        assertThat(service.login(enrolled.username(), PASSWORD).status()).isEqualTo(200);
        var none = service.api.post("/api/auth/mfa/totp/disable", Map.of("code", "123456"), "Authorization", auth);
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.detail()).isEqualTo("Multi-factor authentication is not enabled");
    }

    @Test
    void missingFieldsAreReportedAndNeedNoAccount() {
        var reply = service.api.post("/api/auth/mfa/totp/verify", Map.of());

        assertThat(reply.status()).as(reply.text()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        var fields = (Map<String, Object>) ((Map<String, Object>) reply.body().get("extra")).get("fields");
        assertThat(fields).containsOnlyKeys("mfa_token", "code");

        var unknown = verify("no-such-token", "123456");
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.detail()).isEqualTo("Invalid or expired MFA token");
        assertThat(service.api.post("/api/auth/mfa/totp/setup", "").status()).isEqualTo(401);
    }

    @Test
    void anAddressNeverVerifiedCannotSetUpTotp() {
        var name = service.registered(uniqueName("unverified"));
        var access = service.login(name, PASSWORD).string("access_token");

        var setup = service.api.post("/api/auth/mfa/totp/setup", "", "Authorization", Api.bearer(access));

        assertThat(setup.status()).as(setup.text()).isEqualTo(403);
        assertThat(setup.detail()).isEqualTo("Verify your email address first");
    }
}
