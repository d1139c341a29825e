package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
}
