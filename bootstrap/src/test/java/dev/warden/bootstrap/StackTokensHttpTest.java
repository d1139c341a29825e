package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The access tokens as Stack Auth's SDK sees them: it decodes a token and checks its payload against Stack's schema
 * (every claim defined, of the right type) before it uses it, and otherwise discards it.
 */
class StackTokensHttpTest {
    private static final String PASSWORD = "secure_password_123";
    private static final String PROJECT = "project-42";
    private static final JsonMapper JSON = JsonMapper.createDefault();

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of("auth.stack.project-id", PROJECT));

    private static Map<String, Object> claimsOf(String token) throws IOException {
        var parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
    }

    private static Api.Reply signUp(String email) {
        var reply = service.api.post("/api/v1/auth/password/sign-up", Map.of("email", email, "password", PASSWORD));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    /** accessTokenPayloadSchema of stack-shared: the claims, their types, and which may be null. */
    private static void assertStackSchema(Map<String, Object> claims) {
        assertThat(claims).containsKeys("sub", "exp", "iat", "iss", "aud", "project_id", "branch_id",
                "refresh_token_id", "role", "name", "email", "email_verified", "selected_team_id", "signed_up_at",
                "is_anonymous", "is_restricted", "restricted_reason", "requires_totp_mfa");
        for (var text : List.of("sub", "iss", "aud", "project_id", "branch_id", "refresh_token_id", "role")) {
            assertThat(claims.get(text)).as(text).isInstanceOf(String.class);
        }
        for (var number : List.of("exp", "iat", "signed_up_at")) {
            assertThat(claims.get(number)).as(number).isInstanceOf(Number.class);
        }
        for (var flag : List.of("email_verified", "is_anonymous", "is_restricted", "requires_totp_mfa")) {
            assertThat(claims.get(flag)).as(flag).isInstanceOf(Boolean.class);
        }
        assertThat(claims.get("role")).isEqualTo("authenticated");
    }

    @Test
    void aStackSignUpGivesAnAccessTokenWithEveryClaimOfStacksSchema() throws IOException {
        var email = uniqueName("stacktoken") + "@example.com";
        var signUp = signUp(email);

        var claims = claimsOf(signUp.string("access_token"));

        assertStackSchema(claims);
        assertThat(claims)
                .containsEntry("sub", signUp.string("user_id"))
                .containsEntry("project_id", PROJECT)
                .containsEntry("branch_id", "main")
                .containsEntry("name", email.substring(0, email.indexOf('@')))
                .containsEntry("email", email)
                .containsEntry("email_verified", false)
                .containsEntry("selected_team_id", null)
                .containsEntry("is_anonymous", false)
                .containsEntry("is_restricted", false)
                .containsEntry("restricted_reason", null)
                .containsEntry("requires_totp_mfa", false);
        assertThat(((Number) claims.get("signed_up_at")).longValue()).isEqualTo(service.clock.now().getEpochSecond());
        // the session it belongs to, as the session listing names it
        var sessions = service.api.get("/api/v1/auth/sessions", "x-stack-access-token", signUp.string("access_token"));
        assertThat(sessions.status()).as(sessions.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) sessions.body().get("items");
        assertThat(items).singleElement().satisfies(session -> assertThat(session.get("id"))
                .isEqualTo(claims.get("refresh_token_id")));
    }

    /** How Stack's SDK signs out: DELETE sessions/current with both tokens; neither works afterwards. */
    @Test
    void signingOutEndsTheSessionOfTheAccessTokenAndItsRefreshToken() {
        var signUp = signUp(uniqueName("signout") + "@example.com");
        var access = signUp.string("access_token");
        var refreshToken = signUp.string("refresh_token");
        var other = signUp(uniqueName("bystander") + "@example.com");

        var signedOut = service.api.send("DELETE", "/api/v1/auth/sessions/current", "{}", "application/json",
                "x-stack-access-token", access, "x-stack-refresh-token", other.string("refresh_token"));
        var me = service.api.get("/api/v1/users/me", "x-stack-access-token", access);
        var refreshed = service.api.post("/api/v1/auth/sessions/current/refresh", null,
                "x-stack-refresh-token", refreshToken);
        var bystander = service.api.post("/api/v1/auth/sessions/current/refresh", null,
                "x-stack-refresh-token", other.string("refresh_token"));

        assertThat(signedOut.status()).as(signedOut.text()).isEqualTo(200);
        assertThat(signedOut.body()).containsEntry("success", true);
        assertThat(me.status()).isIn(401, 403);
        assertThat(refreshed.status()).isEqualTo(401);
        // a refresh token of someone else sent along is ignored: signing out never signs another user out
        assertThat(bystander.status()).as(bystander.text()).isEqualTo(200);
    }

    /** Stack's SDK from 2.8.108 sends its tokens as x-hexclave-… headers; before, as x-stack-…. Both count. */
    @Test
    void theHexclaveNamesOfNewerSdksCarryTheTokensToo() {
        var email = uniqueName("hexclave") + "@example.com";
        var signUp = signUp(email);

        var me = service.api.get("/api/v1/users/me", "x-hexclave-access-token", signUp.string("access_token"));
        var refreshed = service.api.post("/api/v1/auth/sessions/current/refresh", null,
                "x-hexclave-refresh-token", signUp.string("refresh_token"));
        var anonymous = service.api.get("/api/v1/users/me", "x-hexclave-project-id", PROJECT);

        assertThat(me.status()).as(me.text()).isEqualTo(200);
        assertThat(me.body()).containsEntry("primary_email", email);
        assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
        assertThat(refreshed.string("access_token")).isNotBlank();
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void everyWayToAnAccessTokenKeepsTheClaimsAndTheSession() throws IOException {
        var email = uniqueName("stackkeeps") + "@example.com";
        var session = claimsOf(signUp(email).string("access_token")).get("refresh_token_id");
        var signIn = service.api.post("/api/v1/auth/password/sign-in", Map.of("email", email, "password", PASSWORD));
        assertThat(signIn.status()).as(signIn.text()).isEqualTo(200);
        var signedIn = claimsOf(signIn.string("access_token"));
        assertStackSchema(signedIn);
        assertThat(signedIn.get("refresh_token_id")).isNotEqualTo(session); // a sign-in is a new session

        var stackRefresh = service.api.post("/api/v1/auth/sessions/current/refresh", null,
                "x-stack-refresh-token", signIn.string("refresh_token"));
        assertThat(stackRefresh.status()).as(stackRefresh.text()).isEqualTo(200);
        var refreshed = claimsOf(stackRefresh.string("access_token"));
        assertStackSchema(refreshed);
        assertThat(refreshed.get("refresh_token_id")).isEqualTo(signedIn.get("refresh_token_id"));

        // the rotation of /api/auth/refresh keeps the session too
        var rotated = service.api.refresh(signIn.string("refresh_token"));
        assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
        var rotatedClaims = claimsOf(rotated.string("access_token"));
        assertStackSchema(rotatedClaims);
        assertThat(rotatedClaims.get("refresh_token_id")).isEqualTo(signedIn.get("refresh_token_id"));
    }

    /** What the SDK's refresh sends (oauth4webapi's refresh-token grant, with client_secret_post). */
    private static Api.Reply oauthToken(Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return service.api.send("POST", "/api/v1/auth/oauth/token", body, "application/x-www-form-urlencoded",
                "x-stack-project-id", PROJECT, "x-stack-access-type", "client");
    }

    private static Map<String, String> refreshGrant(String refreshToken) {
        return Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", PROJECT,
                "client_secret", "pck_example");
    }

    /** Only Stack's SDK refreshes there, so its errors are always in the SDK's codes, named in both headers. */
    private static void assertKnownError(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.body()).containsEntry("code", code).containsKey("error");
        assertThat(reply.header("x-stack-known-error")).hasValue(code);
        assertThat(reply.header("x-hexclave-known-error")).hasValue(code);
    }

    @Test
    void theOAuthRefreshGrantGivesAnAccessTokenAndKeepsTheRefreshToken() throws IOException {
        var email = uniqueName("stackoauth") + "@example.com";
        var signUp = signUp(email);
        var refreshToken = signUp.string("refresh_token");
        var session = claimsOf(signUp.string("access_token")).get("refresh_token_id");

        for (int time = 0; time < 2; time++) { // the refresh token is not spent: the SDK presents it again
            var reply = oauthToken(refreshGrant(refreshToken));
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            assertThat(reply.header("Cache-Control")).hasValue("no-store");
            assertThat(reply.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(reply.body()).containsOnlyKeys("access_token", "token_type", "expires_in")
                    .containsEntry("token_type", "Bearer");
            var claims = claimsOf(reply.string("access_token"));
            assertStackSchema(claims);
            assertThat(claims.get("refresh_token_id")).isEqualTo(session);
            assertThat(((Number) reply.body().get("expires_in")).longValue())
                    .isEqualTo(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue());
            var me = service.api.get("/api/v1/users/me", "x-stack-access-token", reply.string("access_token"));
            assertThat(me.status()).as(me.text()).isEqualTo(200);
            assertThat(me.body()).containsEntry("primary_email", email);
        }
        // the same tokens as /api/auth/refresh: rotating it there spends it here
        assertThat(service.api.refresh(refreshToken).status()).isEqualTo(200);
        assertKnownError(oauthToken(refreshGrant(refreshToken)), 401, "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED");
    }

    @Test
    void theOAuthTokenEndpointRefusesUnknownTokensAndOtherGrants() {
        assertKnownError(oauthToken(refreshGrant("no-such-refresh-token")), 401, "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED");
        var refreshToken = signUp(uniqueName("stackgrant") + "@example.com").string("refresh_token");
        assertKnownError(oauthToken(Map.of("grant_type", "authorization_code", "refresh_token", refreshToken)), 400,
                "SCHEMA_ERROR");
        assertKnownError(oauthToken(Map.of("refresh_token", refreshToken)), 400, "SCHEMA_ERROR");
        assertKnownError(oauthToken(Map.of("grant_type", "refresh_token")), 400, "SCHEMA_ERROR");
        // none of these spent it
        assertThat(oauthToken(refreshGrant(refreshToken)).status()).isEqualTo(200);
    }
}
