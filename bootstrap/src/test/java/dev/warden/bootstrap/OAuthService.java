package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The service started by a test with real HTTP identity providers: GitHub is a stand-in of the test's own, Google
 * is mock-oauth2-server (an OpenID Connect server). The helpers act as the browser: start a sign-in here, approve
 * it at the provider, bring the code and state back to the callback with the pre-login cookie.
 */
final class OAuthService implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    static final String PUBLIC_URL = "https://warden.example.org";
    static final String PASSWORD = "Corr3ct-Horse-Battery";
    static final String PRE_LOGIN_COOKIE = "oauth_login";
    static final String GOOGLE_CLIENT_ID = "google-test-client";
    static final String GOOGLE_ISSUER = "google";
    static final String ADMIN = "oauthadmin";

    enum Provider { GITHUB, GOOGLE }

    private final List<Provider> configured;
    private final String[] environments;
    GitHubStandIn github;
    MockOAuth2Server google;
    EmbeddedServer server;
    Api api;
    private JsonMapper json;

    private OAuthService(List<Provider> configured, String... environments) {
        this.configured = List.copyOf(configured);
        this.environments = environments.clone();
    }

    /**
     * The service with these providers configured (the others have no client id) and extra environments, if any, for
     * the tests of one class: a static field with {@code @RegisterExtension} starts it before the first test and
     * stops it after the last.
     */
    static OAuthService with(List<Provider> configured, String... environments) {
        return new OAuthService(configured, environments);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start() {
        github = GitHubStandIn.start();
        google = new MockOAuth2Server();
        google.start();
        var properties = new HashMap<String, Object>();
        properties.put("auth.public-url", PUBLIC_URL);
        properties.put("auth.bootstrap-admin.username", ADMIN);
        properties.put("auth.bootstrap-admin.email", ADMIN + "@example.com");
        properties.put("auth.bootstrap-admin.password", PASSWORD);
        if (configured.contains(Provider.GITHUB)) {
            properties.put("auth.oauth.github.client-id", GitHubStandIn.CLIENT_ID);
            properties.put("auth.oauth.github.client-secret", GitHubStandIn.CLIENT_SECRET);
            properties.put("auth.oauth.github.authorize-url", github.authorizeUrl());
            properties.put("auth.oauth.github.token-url", github.baseUrl() + GitHubStandIn.TOKEN);
            properties.put("auth.oauth.github.api-url", github.baseUrl());
        }
        if (configured.contains(Provider.GOOGLE)) {
            properties.put("auth.oauth.google.client-id", GOOGLE_CLIENT_ID);
            properties.put("auth.oauth.google.client-secret", "google-test-secret");
            properties.put("auth.oauth.google.authorize-url", google.authorizationEndpointUrl(GOOGLE_ISSUER).toString());
            properties.put("auth.oauth.google.token-url", google.tokenEndpointUrl(GOOGLE_ISSUER).toString());
            properties.put("auth.oauth.google.userinfo-url", google.userInfoUrl(GOOGLE_ISSUER).toString());
        }
        var envs = Stream.concat(Stream.of("test"), Stream.of(environments)).toArray(String[]::new);
        try {
            server = ApplicationContext.run(EmbeddedServer.class, properties, envs);
        } catch (RuntimeException e) {
            github.close();
            google.shutdown();
            throw e;
        }
        json = server.getApplicationContext().getBean(JsonMapper.class);
        api = new Api(server.getURL(), json);
    }

    @Override
    public void close() {
        try {
            server.getApplicationContext().close();
        } finally {
            github.close();
            google.shutdown();
        }
    }

    /** The redirect to the provider: its Location, the Location's parameters, and the pre-login cookie to send back. */
    record Redirect(Api.Reply reply, URI location, Map<String, String> params, SetCookie preLogin) {
        String cookie() {
            return preLogin.header();
        }
    }

    /** What the provider sent the browser back with. */
    record Approval(String code, String state) {}

    Redirect start(String provider) {
        var reply = api.get("/api/auth/oauth/" + provider);
        assertThat(reply.status()).as(reply.text()).isEqualTo(302);
        var location = URI.create(reply.header("Location").orElseThrow());
        return new Redirect(reply, location, GitHubStandIn.query(location), preLoginCookieOf(reply));
    }

    static SetCookie preLoginCookieOf(Api.Reply reply) {
        var cookies = reply.headers().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(entry -> entry.getValue().stream())
                .map(SetCookie::parse)
                .filter(cookie -> cookie.name().equals(PRE_LOGIN_COOKIE))
                .toList();
        assertThat(cookies).as("the oauth_login cookies in %s", reply.headers()).hasSize(1);
        return cookies.getFirst();
    }

    static String callbackUri(String provider) {
        return PUBLIC_URL + "/api/auth/oauth/" + provider + "/callback";
    }

    /** The browser, signed in at GitHub as {@code account}, follows the redirect; GitHub sends it back. */
    Approval approveAtGitHub(Redirect redirect, GitHubStandIn.Account account) {
        github.add(account);
        var reply = api.get(redirect.location().toString(), "Cookie", "user_session=" + account.login());
        return approvalFrom(reply, "github");
    }

    /** The user signs in at Google (mock-oauth2-server's login form) as {@code subject} with these claims. */
    Approval approveAtGoogle(Redirect redirect, String subject, Map<String, Object> claims) {
        var form = "username=" + encode(subject) + "&claims=" + encode(write(claims));
        var reply = api.send("POST", redirect.location().toString(), form, "application/x-www-form-urlencoded");
        return approvalFrom(reply, "google");
    }

    private static Approval approvalFrom(Api.Reply reply, String provider) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(302);
        var back = URI.create(reply.header("Location").orElseThrow());
        assertThat(back.getScheme() + "://" + back.getAuthority() + back.getPath()).isEqualTo(callbackUri(provider));
        var params = GitHubStandIn.query(back);
        return new Approval(params.get("code"), params.get("state"));
    }

    Api.Reply callback(String provider, Approval approval, String cookie) {
        var path = "/api/auth/oauth/" + provider + "/callback?code=" + encode(approval.code())
                + "&state=" + encode(approval.state());
        return cookie == null ? api.get(path) : api.get(path, "Cookie", cookie);
    }

    Api.Reply signInWithGitHub(GitHubStandIn.Account account) {
        var redirect = start("github");
        return callback("github", approveAtGitHub(redirect, account), redirect.cookie());
    }

    Api.Reply signInWithGoogle(String subject, Map<String, Object> claims) {
        var redirect = start("google");
        return callback("google", approveAtGoogle(redirect, subject, claims), redirect.cookie());
    }

    /** The user object that the access token of a successful sign-in shows on /me. */
    Map<String, Object> me(Api.Reply signIn) {
        assertThat(signIn.status()).as(signIn.text()).isEqualTo(200);
        var me = api.get("/api/auth/me", "Authorization", bearer(signIn.string("access_token")));
        assertThat(me.status()).as(me.text()).isEqualTo(200);
        return me.body();
    }

    /** A password account, registered through the API; returns its user object. */
    Map<String, Object> register(String username, String email) {
        var reply = api.post("/api/auth/register", Map.of("username", username, "email", email, "password", PASSWORD));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.body();
    }

    /** The administrator deactivates the account with this id. */
    void deactivate(Object userId) {
        var admin = api.kit().tokensFor(ADMIN, PASSWORD);
        var reply = api.post("/api/admin/users/" + userId + "/deactivate", null, "Authorization",
                admin.authorization());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    Api.Reply passwordLogin(String username) {
        return api.post("/api/auth/login", Map.of("username", username, "password", PASSWORD));
    }

    static String uniqueName(String prefix) {
        return WardenClient.unique(prefix);
    }

    /** A GitHub numeric id that no other test uses. */
    static long uniqueId() {
        return Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
    }

    static Map<String, Object> googleClaims(String email, boolean verified) {
        return Map.of("email", email, "email_verified", verified, "given_name", "Grace", "family_name", "Hopper");
    }

    static void assertError(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.body()).containsEntry("detail", detail).containsEntry("status_code", status)
                .containsEntry("extra", Map.of());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
