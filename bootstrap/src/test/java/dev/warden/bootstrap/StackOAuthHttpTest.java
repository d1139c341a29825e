package dev.warden.bootstrap;

import static dev.warden.bootstrap.OAuthService.PUBLIC_URL;
import static dev.warden.bootstrap.OAuthService.uniqueId;
import static dev.warden.bootstrap.OAuthService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.inprocess.LibraryTotpGenerator;
import dev.warden.bootstrap.GitHubStandIn.Account;
import dev.warden.bootstrap.OAuthService.Provider;
import dev.warden.domain.mfa.TotpPolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sign-in with GitHub as Stack's SDK does it, against the GitHub stand-in on a real port: the SDK's authorization
 * request to {@code /api/v1/auth/oauth/authorize/github} (PKCE S256), GitHub, the service's callback, the redirect
 * to the client's page with a code and its state, and the exchange of the code at the token endpoint.
 */
class StackOAuthHttpTest {
    private static final String APP_CALLBACK = PUBLIC_URL + "/handler/oauth-callback";
    private static final SecureRandom RANDOM = new SecureRandom();

    @RegisterExtension
    static final OAuthService service = OAuthService.with(List.of(Provider.GITHUB));

    /** What the SDK keeps in a cookie of its page while the browser is away: the verifier and the state. */
    private record Client(String verifier, String state) {
        static Client fresh() {
            return new Client(random(), random());
        }

        String challenge() {
            return GitHubStandIn.s256(verifier);
        }
    }

    private static String random() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Account newAccount(String login) {
        return Account.withEmail(uniqueId(), login, login + "@users.example.com", true);
    }

    private static String query(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The parameters of client-interface.js getOAuthUrl (2.8.102 and 2.8.108), for {@code client}. */
    private static Map<String, String> authorization(Client client) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("client_id", "internal");
        fields.put("client_secret", "__stack_public_client__");
        fields.put("redirect_uri", APP_CALLBACK);
        fields.put("scope", "legacy");
        fields.put("state", client.state());
        fields.put("grant_type", "authorization_code");
        fields.put("code_challenge", client.challenge());
        fields.put("code_challenge_method", "S256");
        fields.put("response_type", "code");
        fields.put("type", "authenticate");
        fields.put("error_redirect_url", PUBLIC_URL + "/handler/error");
        fields.put("after_callback_redirect_url", PUBLIC_URL + "/dashboard");
        return fields;
    }

    private static Api.Reply authorize(String provider, Map<String, String> fields) {
        return service.api.get("/api/v1/auth/oauth/authorize/" + provider + "?" + query(fields));
    }

    /** The browser goes to GitHub, signed in there as {@code account}; GitHub sends it to the service's callback. */
    private static Api.Reply throughGitHub(URI location, Account account) {
        var redirect = new OAuthService.Redirect(null, location, GitHubStandIn.query(location), null);
        var approval = service.approveAtGitHub(redirect, account);
        return service.callback("github", approval, null); // a fetch of the SDK's page set no cookie of ours
    }

    /** The whole browser part: the code and state that land on the client's page. */
    private static Map<String, String> signInAtGitHub(Client client, Account account) {
        var started = authorize("github", authorization(client));
        assertThat(started.status()).as(started.text()).isEqualTo(302);
        var back = throughGitHub(URI.create(started.header("Location").orElseThrow()), account);
        assertThat(back.status()).as(back.text()).isEqualTo(302);
        var landing = URI.create(back.header("Location").orElseThrow());
        assertThat(landing.getScheme() + "://" + landing.getAuthority() + landing.getPath()).isEqualTo(APP_CALLBACK);
        return GitHubStandIn.query(landing);
    }

    /** oauth4webapi's authorization-code grant, client_secret_post, as the SDK's callOAuthCallback sends it. */
    private static Api.Reply exchange(String code, String redirectUri, String verifier) {
        var form = query(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                "code_verifier", verifier, "client_id", "internal", "client_secret", "__stack_public_client__"));
        return service.api.send("POST", "/api/v1/auth/oauth/token", form, "application/x-www-form-urlencoded",
                "accept", "application/json");
    }

    private static void assertKnown(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.header("x-stack-known-error")).as(reply.text()).hasValue(code);
        assertThat(reply.body()).containsEntry("code", code);
    }

    private static Map<String, Object> stackMe(String accessToken) {
        var me = service.api.get("/api/v1/users/me", "x-stack-access-token", accessToken);
        assertThat(me.status()).as(me.text()).isEqualTo(200);
        return me.body();
    }

    @Test
    void theAuthorizationRequestSendsTheBrowserToGitHubWithTheServicesOwnStateAndNoCookie() {
        var client = Client.fresh();

        var started = authorize("github", authorization(client));

        assertThat(started.status()).as(started.text()).isEqualTo(302);
        assertThat(started.header("Cache-Control")).contains("no-store");
        var location = URI.create(started.header("Location").orElseThrow());
        assertThat(location.toString()).startsWith(service.github.authorizeUrl() + "?");
        var params = GitHubStandIn.query(location);
        assertThat(params).containsEntry("redirect_uri", PUBLIC_URL + "/api/auth/oauth/github/callback")
                .containsEntry("code_challenge_method", "S256");
        // the client's state and challenge stay here: GitHub gets the service's own
        assertThat(params.get("state")).isNotEqualTo(client.state());
        assertThat(params.get("code_challenge")).isNotEqualTo(client.challenge());
        assertThat(started.headers().keySet()).noneMatch(name -> name.equalsIgnoreCase("Set-Cookie"));

        var jsonMode = authorization(Client.fresh());
        jsonMode.put("stack_response_mode", "json");
        var json = authorize("github", jsonMode);
        assertThat(json.status()).as(json.text()).isEqualTo(200);
        assertThat(json.string("location")).startsWith(service.github.authorizeUrl() + "?");
    }

    @Test
    void aNewGitHubUserLandsOnTheClientsPageWithACodeThatTheVerifierExchangesOnce() {
        var client = Client.fresh();
        var account = newAccount(uniqueName("stackgh"));

        var landed = signInAtGitHub(client, account);

        assertThat(landed).containsOnlyKeys("code", "state").containsEntry("state", client.state());
        var tokens = exchange(landed.get("code"), APP_CALLBACK, client.verifier());
        assertThat(tokens.status()).as(tokens.text()).isEqualTo(200);
        assertThat(tokens.header("Cache-Control")).contains("no-store");
        assertThat(tokens.body()).containsOnlyKeys("access_token", "token_type", "expires_in", "refresh_token",
                        "is_new_user", "after_callback_redirect_url")
                .containsEntry("token_type", "Bearer").containsEntry("is_new_user", true)
                .containsEntry("after_callback_redirect_url", PUBLIC_URL + "/dashboard");
        assertThat(stackMe(tokens.string("access_token"))).containsEntry("primary_email",
                account.login() + "@users.example.com");
        // the refresh token is the SDK's: it refreshes at the same endpoint
        var refreshed = service.api.send("POST", "/api/v1/auth/oauth/token", query(Map.of("grant_type",
                "refresh_token", "refresh_token", tokens.string("refresh_token"))), "application/x-www-form-urlencoded");
        assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);

        assertKnown(exchange(landed.get("code"), APP_CALLBACK, client.verifier()), 400, "INVALID_AUTHORIZATION_CODE");

        var again = Client.fresh();
        var second = exchange(signInAtGitHub(again, account).get("code"), APP_CALLBACK, again.verifier());
        assertThat(second.body()).containsEntry("is_new_user", false);
        assertThat(stackMe(second.string("access_token")).get("id"))
                .isEqualTo(stackMe(tokens.string("access_token")).get("id"));
    }

    @Test
    void aCodeWithAWrongVerifierOrRedirectUriIsRefusedAndSpent() {
        var account = newAccount(uniqueName("stackpkce"));
        var client = Client.fresh();
        var code = signInAtGitHub(client, account).get("code");

        // someone who took the code from the page's address, without the verifier the page kept
        assertKnown(exchange(code, APP_CALLBACK, random()), 400, "INVALID_AUTHORIZATION_CODE");
        assertKnown(exchange(code, APP_CALLBACK, client.verifier()), 400, "INVALID_AUTHORIZATION_CODE");

        var other = Client.fresh();
        var otherCode = signInAtGitHub(other, account).get("code");
        assertKnown(exchange(otherCode, PUBLIC_URL + "/elsewhere", other.verifier()), 400,
                "INVALID_AUTHORIZATION_CODE");
        assertKnown(exchange(otherCode, APP_CALLBACK, other.verifier()), 400, "INVALID_AUTHORIZATION_CODE");
    }

    @Test
    void anAuthorizationRequestThatCannotBeHonouredIsRefusedBeforeGitHub() {
        var foreign = authorization(Client.fresh());
        foreign.put("redirect_uri", "https://attacker.example.net/handler/oauth-callback");
        assertKnown(authorize("github", foreign), 400, "REDIRECT_URL_NOT_WHITELISTED");

        var carriesCode = authorization(Client.fresh());
        carriesCode.put("redirect_uri", APP_CALLBACK + "?code=planted");
        assertKnown(authorize("github", carriesCode), 400, "REDIRECT_URL_NOT_WHITELISTED");

        var plain = authorization(Client.fresh());
        plain.put("code_challenge_method", "plain");
        plain.remove("code_challenge");
        var refused = authorize("github", plain);
        assertKnown(refused, 400, "SCHEMA_ERROR");
        @SuppressWarnings("unchecked")
        var fields = (Map<String, Object>) ((Map<String, Object>) refused.body().get("details")).get("fields");
        assertThat(fields).containsOnlyKeys("code_challenge", "code_challenge_method");

        var link = authorization(Client.fresh());
        link.put("type", "link");
        assertKnown(authorize("github", link), 400, "SCHEMA_ERROR");

        assertKnown(authorize("google", authorization(Client.fresh())), 400, "OAUTH_PROVIDER_NOT_FOUND_OR_NOT_ENABLED");
    }

    @Test
    void theServicesOwnSignInStillNeedsItsBrowserCookie() {
        var redirect = service.start("github");
        var approval = service.approveAtGitHub(redirect, newAccount(uniqueName("owncookie")));

        var withoutCookie = service.callback("github", approval, null);

        assertThat(withoutCookie.status()).as(withoutCookie.text()).isEqualTo(403);
    }

    @Test
    void anAccountWithTotpIsAskedForItsSecondFactorAtTheExchange() {
        var account = newAccount(uniqueName("stackghmfa"));
        var first = Client.fresh();
        var access = exchange(signInAtGitHub(first, account).get("code"), APP_CALLBACK, first.verifier())
                .string("access_token");
        var app = new LibraryTotpGenerator();
        var secret = service.api.post("/api/auth/mfa/totp/setup", "", "Authorization", Api.bearer(access))
                .string("secret");
        var step = TotpPolicy.stepAt(Instant.now());
        assertThat(service.api.post("/api/auth/mfa/totp/enable", Map.of("code", app.codeAt(secret, step)),
                "Authorization", Api.bearer(access)).status()).isEqualTo(200);

        var client = Client.fresh();
        var stopped = exchange(signInAtGitHub(client, account).get("code"), APP_CALLBACK, client.verifier());

        assertKnown(stopped, 400, "MULTI_FACTOR_AUTHENTICATION_REQUIRED");
        assertThat(stopped.body()).doesNotContainKeys("access_token", "refresh_token");
        @SuppressWarnings("unchecked")
        var attempt = (String) ((Map<String, Object>) stopped.body().get("details")).get("attempt_code");
        var done = service.api.post("/api/v1/auth/mfa/sign-in",
                Map.of("type", "totp", "totp", app.codeAt(secret, step + 1), "code", attempt));
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(stackMe(done.string("access_token"))).containsEntry("primary_email",
                account.login() + "@users.example.com");
    }

    @Test
    void pagesOfAnyOriginMayCallTheStackSurfaceButNotTheCookieOne() {
        var preflight = service.api.send("OPTIONS", "/api/v1/users/me", null, null,
                "Origin", "https://app.example.com", "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "x-stack-access-token,x-stack-project-id");
        assertThat(preflight.status()).as(preflight.text()).isIn(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.header("Access-Control-Allow-Headers")).hasValueSatisfying(allowed ->
                assertThat(allowed).contains("x-stack-access-token"));
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isEmpty();

        var refused = service.api.get("/api/v1/users/me", "Origin", "https://app.example.com",
                "x-stack-access-token", "not-a-token");
        assertThat(refused.header("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(refused.header("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).contains("x-stack-known-error"));

        var cookieSurface = service.api.get("/api/auth/me", "Origin", "https://app.example.com");
        assertThat(cookieSurface.header("Access-Control-Allow-Origin")).isEmpty();
    }
}
