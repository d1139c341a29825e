package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.bootstrap.SetCookie.sessionCookieOf;
import static dev.warden.bootstrap.SetCookie.sessionCookiesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.warden.testkit.WardenClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cookie sessions over HTTP: login, rolling expiry, logout (no REDIS_URI: the in-memory session store). */
@MicronautTest(environments = "mutable-clock")
class SessionHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final String MAX_AGE = "604800";
    private static final Map<String, Object> LOGGED_IN = Map.of("message", "Successfully logged in");
    private static final Map<String, Object> LOGGED_OUT = Map.of("message", "Successfully logged out");

    @Inject
    JsonMapper json;
    @Inject
    MutableClock clock;
    @Inject
    Api api;

    private Api.Reply sessionLogin(String name, String password, String... headers) {
        return api.post("/api/auth/session/login", Map.of("username", name, "password", password), headers);
    }

    private SetCookie loggedIn(String name) {
        var reply = sessionLogin(name, PASSWORD);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return sessionCookieOf(reply);
    }

    private Api.Reply me(SetCookie cookie) {
        return api.get("/api/auth/me", "Cookie", cookie.header());
    }

    private Api.Reply meWithCookie(String cookieHeader) {
        return api.get("/api/auth/me", "Cookie", cookieHeader);
    }

    private Api.Reply logout(String... headers) {
        return api.post("/api/auth/session/logout", null, headers);
    }

    private static void assertAuthenticationRequired(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).containsEntry("detail", "Authentication required").containsEntry("status_code", 401);
    }

    @Test
    void loginAnswersSuccessfullyLoggedInWithTheSessionCookie() {
        var reply = sessionLogin(api.registered("slogin"), PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(LOGGED_IN);
        var cookie = sessionCookieOf(reply);
        assertThat(cookie.attribute("Max-Age")).contains(MAX_AGE);
        assertThat(cookie.attribute("Path")).contains("/");
        assertThat(cookie.has("HttpOnly")).isTrue();
        assertThat(cookie.attribute("SameSite")).hasValueSatisfying(value -> assertThat(value).isEqualToIgnoringCase("Lax"));
        assertThat(cookie.has("Secure")).as("no Secure outside prod").isFalse();
    }

    @Test
    void theSessionIdCarriesAtLeast128RandomBits() {
        var cookie = loggedIn(api.registered("sbits"));

        assertThat(cookie.value()).matches("[A-Za-z0-9_-]{22,}");
    }

    @Test
    void everyLoginIssuesANewSessionId() {
        var name = api.registered("snew");

        var first = loggedIn(name);
        var second = loggedIn(name);

        assertThat(second.value()).isNotEqualTo(first.value());
        assertThat(me(first).string("username")).isEqualTo(name);
        assertThat(me(second).string("username")).isEqualTo(name);
    }

    @Test
    void aCookieChosenBeforeLoginIsNotAdoptedAsTheSession() {
        var name = api.registered("sfix");
        var planted = "session_id=planted-by-an-attacker-0123456789abcdef";

        var reply = sessionLogin(name, PASSWORD, "Cookie", planted);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(sessionCookieOf(reply).header()).isNotEqualTo(planted);
        assertAuthenticationRequired(meWithCookie(planted));
        assertThat(me(sessionCookieOf(reply)).string("username")).isEqualTo(name);
    }

    @Test
    void loggingInAgainWithALiveCookieIssuesAnotherSessionId() {
        var name = api.registered("srelog");
        var old = loggedIn(name);

        var reply = sessionLogin(name, PASSWORD, "Cookie", old.header());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(sessionCookiesOf(reply)).singleElement()
                .satisfies(cookie -> assertThat(cookie.value()).isNotEqualTo(old.value()));
    }

    /** Issue 16, finding 8: a login from a browser holding a live session left that session alive beside the new. */
    @Test
    void aLoginFromABrowserHoldingASessionEndsThatSession() {
        var name = api.registered("sreplace");
        var mine = loggedIn(name);
        var someoneElses = loggedIn(api.registered("sother"));

        var again = sessionLogin(name, PASSWORD, "Cookie", mine.header());
        var switched = sessionLogin(name, PASSWORD, "Cookie", someoneElses.header());

        assertThat(again.status()).isEqualTo(200);
        assertThat(switched.status()).isEqualTo(200);
        assertAuthenticationRequired(me(mine));
        assertAuthenticationRequired(me(someoneElses));
        assertThat(me(sessionCookieOf(switched)).string("username")).isEqualTo(name);
    }

    @Test
    void aFailedLoginLeavesTheBrowsersSessionAlone() {
        var name = api.registered("skeep");
        var mine = loggedIn(name);

        var failed = sessionLogin(name, "wrong-" + PASSWORD, "Cookie", mine.header());

        assertThat(failed.status()).isEqualTo(401);
        assertThat(me(mine).status()).isEqualTo(200);
    }

    /** Issue 16, finding 8: /me and /session/login were cacheable. */
    @Test
    void repliesAboutTheAccountAreNeverStored() {
        var name = api.registered("snostore");
        var login = sessionLogin(name, PASSWORD);
        var cookie = sessionCookieOf(login);
        var tokens = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));

        for (var reply : List.of(login, me(cookie), api.post("/api/auth/me", null, "Cookie", cookie.header()),
                api.get("/api/auth/me", "Authorization", Api.bearer(tokens.string("access_token"))),
                api.get("/api/auth/sessions", "Cookie", cookie.header()), api.get("/api/auth/me"))) {
            assertThat(reply.header("Cache-Control")).as(reply.text()).hasValue("no-store");
        }
        assertThat(api.get("/.well-known/jwks.json").header("Cache-Control")).isNotEqualTo(java.util.Optional.of("no-store"));
    }

    @Test
    void theCookieAuthenticatesMeByGetAndPost() {
        var name = api.registered("sme");
        var cookie = loggedIn(name);

        var byGet = me(cookie);
        var byPost = api.post("/api/auth/me", null, "Cookie", cookie.header());

        assertThat(byGet.status()).isEqualTo(200);
        assertThat(byGet.body()).containsEntry("username", name).containsEntry("email", name + "@example.com")
                .containsEntry("is_active", true).doesNotContainKeys("password", "password_hash");
        assertThat(byPost.status()).isEqualTo(200);
        assertThat(byPost.body()).isEqualTo(byGet.body());
    }

    @Test
    void everyAuthenticatedResponseResendsTheCookieWithAFullMaxAge() {
        var cookie = loggedIn(api.registered("sroll"));

        for (var reply : List.of(me(cookie), api.post("/api/auth/me", null, "Cookie", cookie.header()))) {
            assertThat(reply.status()).isEqualTo(200);
            var resent = sessionCookieOf(reply);
            assertThat(resent.value()).isEqualTo(cookie.value());
            assertThat(resent.attribute("Max-Age")).contains(MAX_AGE);
            assertThat(resent.attribute("Path")).contains("/");
            assertThat(resent.has("HttpOnly")).isTrue();
        }
    }

    @Test
    void aSessionInUseOutlivesSevenDays() {
        var name = api.registered("slive");
        var cookie = loggedIn(name);

        clock.advance(Duration.ofDays(6));
        assertThat(me(cookie).status()).isEqualTo(200);
        clock.advance(Duration.ofDays(6));
        var reply = me(cookie);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.string("username")).isEqualTo(name);
    }

    @Test
    void aSessionIdleForSevenDaysIs401() {
        var cookie = loggedIn(api.registered("sidle"));
        clock.advance(Duration.ofDays(6));
        assertThat(me(cookie).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        assertAuthenticationRequired(me(cookie));
        assertThat(sessionCookiesOf(me(cookie))).isEmpty();
    }

    @Test
    void aSessionIdleForJustUnderSevenDaysStillWorks() {
        var name = api.registered("sedge");
        var cookie = loggedIn(name);

        clock.advance(Duration.ofDays(7).minusSeconds(1));

        assertThat(me(cookie).string("username")).isEqualTo(name);
    }

    @Test
    void aWrongPasswordIs401InvalidCredentialsAndSetsNoCookie() {
        var reply = sessionLogin(api.registered("swrong"), "Wr0ng-Horse-Battery");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).containsEntry("detail", "Invalid credentials").containsEntry("status_code", 401);
        assertThat(sessionCookiesOf(reply)).isEmpty();
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        var wrongPassword = sessionLogin(api.registered("ssame"), "Wr0ng-Horse-Battery");
        var unknownUser = sessionLogin("nobody" + UUID.randomUUID().toString().substring(0, 8), PASSWORD);

        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(sessionCookiesOf(unknownUser)).isEmpty();
    }

    @Test
    void anEmptyBodyIs422NamingBothFields() {
        for (var reply : List.of(api.post("/api/auth/session/login", Map.of()),
                api.post("/api/auth/session/login", null))) {
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.detail()).isEqualTo("Validation failed");
            assertThat(reply.body()).extractingByKey("extra").asInstanceOf(MAP)
                    .extractingByKey("fields").asInstanceOf(MAP)
                    .containsOnlyKeys("username", "password");
            assertThat(sessionCookiesOf(reply)).isEmpty();
        }
    }

    @Test
    void anUnknownOrGarbageCookieIs401AuthenticationRequired() {
        loggedIn(api.registered("sgarb"));

        assertAuthenticationRequired(meWithCookie("session_id=" + UUID.randomUUID()));
        assertAuthenticationRequired(meWithCookie("session_id=%%%not-base64%%%"));
        assertAuthenticationRequired(meWithCookie("session_id="));
        assertAuthenticationRequired(meWithCookie("other_cookie=value"));
    }

    @Test
    void logoutAnswersSuccessfullyLoggedOutAndClearsTheCookie() {
        var cookie = loggedIn(api.registered("sout"));

        var reply = logout("Cookie", cookie.header());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(LOGGED_OUT);
        var cleared = sessionCookieOf(reply);
        assertThat(cleared.value()).isEmpty();
        assertThat(cleared.attribute("Max-Age")).contains("0");
        assertThat(cleared.attribute("Path")).contains("/");
    }

    @Test
    void afterLogoutTheOldSessionIdIs401() {
        var cookie = loggedIn(api.registered("sdead"));

        logout("Cookie", cookie.header());

        assertAuthenticationRequired(me(cookie));
        assertAuthenticationRequired(logout("Cookie", cookie.header()));
    }

    @Test
    void logoutWithoutASessionCookieIs401() {
        var name = api.registered("snocookie");
        var token = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD)).string("access_token");

        assertAuthenticationRequired(logout());
        assertAuthenticationRequired(logout("Cookie", "session_id=" + UUID.randomUUID()));
        assertAuthenticationRequired(logout("Authorization", bearer(token)));
    }

    @Test
    void logoutLeavesTheUsersOtherSessionsAlone() {
        var name = api.registered("sother");
        var phone = loggedIn(name);
        var laptop = loggedIn(name);

        logout("Cookie", phone.header());

        var reply = me(laptop);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.string("username")).isEqualTo(name);
    }

    @Test
    void aResponseToABearerTokenSetsNoSessionCookie() {
        var name = api.registered("sbear");
        var token = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD)).string("access_token");

        var reply = api.get("/api/auth/me", "Authorization", bearer(token));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(sessionCookiesOf(reply)).isEmpty();
    }

    @Test
    void withABearerTokenAndACookieTheBearerTokenDecides() {
        var cookieOwner = api.registered("scook");
        var tokenOwner = api.registered("stok");
        var cookie = loggedIn(cookieOwner);
        var token = api.post("/api/auth/login", Map.of("username", tokenOwner, "password", PASSWORD))
                .string("access_token");

        var reply = api.get("/api/auth/me", "Authorization", bearer(token), "Cookie", cookie.header());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.string("username")).isEqualTo(tokenOwner);
        assertThat(sessionCookiesOf(reply)).isEmpty();
    }

    @Test
    void anInvalidBearerTokenIsRefusedEvenWithAValidCookie() {
        var cookie = loggedIn(api.registered("sbad"));

        var reply = api.get("/api/auth/me", "Authorization", bearer("not-a-token"), "Cookie", cookie.header());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).containsEntry("detail", "Invalid token").containsEntry("status_code", 403);
    }
}
