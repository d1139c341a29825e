package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.inprocess.LibraryTotpGenerator;
import dev.warden.domain.mfa.TotpPolicy;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The current user and the project as Stack's JS SDK reads and changes them ({@code getUser()}, {@code user.update},
 * {@code getProject()}): the fields it maps, {@code PATCH /api/v1/users/me} with its body, and what it refuses.
 */
class StackCurrentUserHttpTest {
    private static final String PASSWORD = "secure_password_123";
    private static final String PROJECT_ID = "6f1f8f5c-3b7e-4d7a-9f2e-0c3f4a5b6c7d";
    private static final String KNOWN_ERROR = "x-stack-known-error";

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of("auth.stack.project-id", PROJECT_ID,
            "auth.totp.issuer", "Acme", "auth.oauth.github.client-id", "github-client",
            "auth.oauth.github.client-secret", "github-secret"));

    /** What the SDK sends with every request (2.8.102's names), then the call's own headers. */
    private static String[] headers(String... own) {
        var all = new ArrayList<>(List.of("x-stack-access-type", "client", "x-stack-project-id", PROJECT_ID,
                "x-stack-client-version", "js @stackframe/js@2.8.102", "x-stack-allow-anonymous-user", "true"));
        all.addAll(List.of(own));
        return all.toArray(String[]::new);
    }

    private static Api.Reply post(String endpoint, Object body) {
        return service.api.post("/" + endpoint, body, headers());
    }

    private static Api.Reply me(String access) {
        return service.api.send("GET", "/api/v1/users/me", null, null, headers("x-stack-access-token", access));
    }

    private static Api.Reply patch(String access, Object body) {
        var json = body instanceof String text ? text : write(body);
        return service.api.send("PATCH", "/api/v1/users/me", json, "application/json",
                headers("x-stack-access-token", access));
    }

    private static String write(Object body) {
        try {
            return service.server.getApplicationContext().getBean(io.micronaut.json.JsonMapper.class)
                    .writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Api.Reply signIn(String email) {
        return post("api/v1/auth/password/sign-in", Map.of("email", email, "password", PASSWORD));
    }

    private record Account(String email, String access) {}

    private static Account signedUp(String prefix) {
        var email = uniqueName(prefix) + "@example.com";
        var reply = post("api/v1/auth/password/sign-up", Map.of("email", email, "password", PASSWORD));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return new Account(email, reply.string("access_token"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** The SDK's SCHEMA_ERROR (these requests name the SDK), with the contract's fields and the message it reads. */
    private static void assertSchemaError(Api.Reply reply, Map<String, List<String>> fields) {
        assertSchemaError(reply, fields, "Validation failed");
    }

    /**
     * The same, with the contract's message: {@link #CONFLICT} when the body is sound but the account refuses it (the
     * contract's 409; the SDK knows no other code for a refused field).
     */
    private static void assertSchemaError(Api.Reply reply, Map<String, List<String>> fields, String message) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.header(KNOWN_ERROR)).hasValue("SCHEMA_ERROR");
        assertThat(reply.body()).containsEntry("code", "SCHEMA_ERROR")
                .containsEntry("details", Map.of("fields", fields, "message", message));
    }

    private static final String CONFLICT = "Conflicts with the account";

    @Test
    void getUserReadsEveryFieldTheSdkMaps() {
        var account = signedUp("fields");

        var me = me(account.access());

        assertThat(me.status()).as(me.text()).isEqualTo(200);
        assertThat(me.body()).containsEntry("is_anonymous", false).containsEntry("is_restricted", false)
                .containsEntry("restricted_reason", null).containsEntry("restricted_by_admin", false)
                .containsEntry("restricted_by_admin_reason", null).containsEntry("otp_auth_enabled", true)
                .containsEntry("passkey_auth_enabled", false).containsEntry("requires_totp_mfa", false)
                .containsEntry("client_metadata", Map.of()).containsEntry("client_read_only_metadata", Map.of())
                .containsEntry("selected_team", null).containsEntry("selected_team_id", null)
                .containsEntry("primary_email_auth_enabled", true)
                .containsEntry("primary_email", account.email()).containsEntry("has_password", true)
                .containsEntry("auth_with_email", true).containsEntry("profile_image_url", null)
                .containsEntry("display_name", account.email().substring(0, account.email().indexOf('@')))
                .containsKeys("id", "primary_email_verified", "signed_up_at_millis", "last_active_at_millis",
                        "oauth_providers");
    }

    @Test
    void aDisplayNameSetByPatchIsReadBackExactlyByEveryLaterSignIn() {
        var account = signedUp("rename");

        var renamed = patch(account.access(), Map.of("display_name", "  Ada  Byron Lovelace "));

        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.body()).containsEntry("display_name", "Ada  Byron Lovelace")
                .containsEntry("primary_email", account.email());
        var again = signIn(account.email());
        assertThat(me(again.string("access_token")).body()).containsEntry("display_name", "Ada  Byron Lovelace");
        assertThat(service.api.get("/api/auth/me", "Authorization", Api.bearer(again.string("access_token"))).body())
                .containsEntry("first_name", "Ada  Byron Lovelace").containsEntry("last_name", "");

        var cleared = patch(account.access(), java.util.Collections.singletonMap("display_name", null));
        assertThat(cleared.status()).as(cleared.text()).isEqualTo(200);
        assertThat(cleared.body().get("display_name")).isEqualTo(
                account.email().substring(0, account.email().indexOf('@')));
    }

    @Test
    void aTotpSecretSetByPatchEnablesTotpAndTheNextPasswordSignInAsksACodeOfIt() {
        var account = signedUp("enrol");
        var secret = new byte[20];
        new java.security.SecureRandom().nextBytes(secret);

        var enrolled = patch(account.access(), Map.of("totp_secret_base64", Base64.getEncoder().encodeToString(secret)));

        assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(200);
        assertThat(enrolled.body()).containsEntry("requires_totp_mfa", true);
        assertThat(me(account.access()).body()).containsEntry("requires_totp_mfa", true);
        var stopped = signIn(account.email());
        assertThat(stopped.status()).as(stopped.text()).isEqualTo(400);
        assertThat(stopped.body()).containsEntry("code", "MULTI_FACTOR_AUTHENTICATION_REQUIRED")
                .doesNotContainKeys("access_token");
        var details = map(stopped.body().get("details"));
        var attempt = (String) details.get("attempt_code");
        var app = new LibraryTotpGenerator();
        var code = app.codeAt(app.base32(secret), TotpPolicy.stepAt(service.clock.now()));

        var done = post("api/v1/auth/mfa/sign-in", Map.of("type", "totp", "totp", code, "code", attempt));

        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(me(done.string("access_token")).body()).containsEntry("primary_email", account.email())
                .containsEntry("requires_totp_mfa", true);
        var again = patch(account.access(), Map.of("totp_secret_base64", Base64.getEncoder().encodeToString(secret)));
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        // the SDK has no code for it: a plain error, which it throws as the failed request it is
        assertThat(again.body()).isEqualTo(Map.of("error", "Multi-factor authentication is already enabled"));
        assertThat(again.header(KNOWN_ERROR)).isEmpty();
        var removal = patch(account.access(), java.util.Collections.singletonMap("totp_secret_base64", null));
        assertSchemaError(removal, Map.of("totp_secret_base64", List.of("cannot be removed here: turning the second "
                + "factor off takes a code of it (POST /api/auth/mfa/totp/disable)")), CONFLICT);
        assertThat(me(account.access()).body()).containsEntry("requires_totp_mfa", true);
    }

    @Test
    void refusedKeysAreListedTogetherAndChangeNothing() {
        var account = signedUp("refused");
        var before = me(account.access()).body();
        var body = new HashMap<String, Object>();
        body.put("display_name", "Grace Hopper");
        body.put("totp_secret_base64", Base64.getEncoder().encodeToString(new byte[15]));
        body.put("otp_auth_enabled", false);
        body.put("profile_image_url", "https://example.com/me.png");
        body.put("selected_team_id", "team-1");
        body.put("client_metadata", "dark");
        body.put("is_anonymous", false);

        var refused = patch(account.access(), body);

        var unchangeable = List.of("cannot be changed here: only the current value is accepted");
        assertSchemaError(refused, Map.of(
                "totp_secret_base64", List.of("must be standard base64 of 16 to 32 bytes"),
                "otp_auth_enabled", unchangeable, "profile_image_url", unchangeable,
                "selected_team_id", unchangeable, "client_metadata", List.of("must be a JSON object"),
                "is_anonymous", List.of("is not a field of this request")));
        assertThat(me(account.access()).body()).isEqualTo(before);
        // what the account refuses, once the body is sound
        assertSchemaError(patch(account.access(), Map.of("display_name", "Grace Hopper", "passkey_auth_enabled", true,
                        "primary_email", "other@example.com", "totp_secret_base64",
                        Base64.getEncoder().encodeToString(new byte[20]))),
                Map.of("passkey_auth_enabled", unchangeable, "primary_email", unchangeable), CONFLICT);
        assertThat(me(account.access()).body()).isEqualTo(before);
        assertSchemaError(patch(account.access(), Map.of("display_name", "x".repeat(151), "totp_secret_base64",
                        Base64.getEncoder().encodeToString(new byte[20]))),
                Map.of("display_name", List.of("size must be between 0 and 150")));
        assertThat(me(account.access()).body()).isEqualTo(before);
        assertSchemaError(patch(account.access(), Map.of("display_name", 12, "totp_secret_base64", "not base64!")),
                Map.of("display_name", List.of("must be a JSON string"),
                        "totp_secret_base64", List.of("must be standard base64 of 16 to 32 bytes")));
        assertSchemaError(patch(account.access(), "[]"), Map.of("body", List.of("must be a JSON object")));
        assertThat(patch(account.access(), "{not json").status()).isEqualTo(400);
        assertThat(me(account.access()).body()).isEqualTo(before);
    }

    @Test
    void clientMetadataIsKeptAsSentAndReadBackByEveryLaterSignIn() {
        var account = signedUp("metadata");
        var metadata = new java.util.LinkedHashMap<String, Object>();
        metadata.put("theme", "dark");
        metadata.put("ünïcode", "東京 \uD83D\uDE00");
        metadata.put("list", List.of(1, 2.5, true));
        metadata.put("nested", java.util.Collections.singletonMap("none", null));

        var saved = patch(account.access(), Map.of("client_metadata", metadata));

        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.body()).containsEntry("client_metadata", metadata)
                .containsEntry("client_read_only_metadata", Map.of());
        var again = signIn(account.email()).string("access_token");
        assertThat(me(again).body()).containsEntry("client_metadata", metadata);
        assertThat(me(again).text()).contains("{\"theme\":\"dark\",\"ünïcode\"");

        var tooLong = patch(account.access(), Map.of("display_name", "Ada", "client_metadata",
                Map.of("pad", "x".repeat(4096 - 10 + 1))));
        assertSchemaError(tooLong, Map.of("client_metadata", List.of("size must be between 0 and 4096")));
        assertThat(me(again).body()).containsEntry("client_metadata", metadata);
        var longest = Map.of("pad", "x".repeat(4096 - 10));
        assertThat(patch(account.access(), Map.of("client_metadata", longest)).body())
                .containsEntry("client_metadata", longest);

        var cleared = patch(account.access(), java.util.Collections.singletonMap("client_metadata", null));
        assertThat(cleared.status()).as(cleared.text()).isEqualTo(200);
        assertThat(cleared.body()).containsEntry("client_metadata", Map.of());
    }

    @Test
    void valuesTheAccountHasAreAcceptedAndChangeNothing() {
        var account = signedUp("same");
        var before = me(account.access()).body();
        var body = new HashMap<String, Object>();
        body.put("otp_auth_enabled", true);
        body.put("passkey_auth_enabled", false);
        body.put("profile_image_url", null);
        body.put("selected_team_id", null);
        body.put("primary_email", account.email().toUpperCase(java.util.Locale.ROOT));
        body.put("client_metadata", Map.of());
        body.put("totp_secret_base64", null);

        var reply = patch(account.access(), body);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(before);
        assertThat(patch(account.access(), Map.of()).body()).isEqualTo(before);
    }

    @Test
    void patchNeedsTheAccessToken() {
        var reply = service.api.send("PATCH", "/api/v1/users/me", "{\"display_name\":\"Mallory\"}",
                "application/json", headers());

        assertThat(reply.status()).isEqualTo(400); // the SDK's answer for "me" without a user
        assertThat(reply.header(KNOWN_ERROR)).hasValue("CANNOT_GET_OWN_USER_WITHOUT_USER");
    }

    @Test
    void theProjectIsTheConfiguredOneWithTheWaysInItOffers() {
        var reply = service.api.send("GET", "/api/v1/projects/current", null, null, headers());

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(Map.of("id", PROJECT_ID, "display_name", "Acme", "config", Map.ofEntries(
                Map.entry("sign_up_enabled", true), Map.entry("credential_enabled", true),
                Map.entry("magic_link_enabled", true), Map.entry("passkey_enabled", true),
                Map.entry("client_team_creation_enabled", false), Map.entry("client_user_deletion_enabled", false),
                Map.entry("allow_localhost", false), Map.entry("allow_user_api_keys", false),
                Map.entry("allow_team_api_keys", false),
                Map.entry("enabled_oauth_providers", List.of(Map.of("id", "github"))),
                Map.entry("domains", List.of()))));
    }
}
