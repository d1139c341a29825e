package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static dev.warden.bootstrap.SetCookie.sessionCookieOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warden.testkit.WardenClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET and DELETE /api/auth/sessions: the caller's cookie sessions and refresh-token families. */
@MicronautTest
class SessionManagementHttpTest {
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final String SESSIONS = "/api/auth/sessions";
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private static final String CURL = "curl/8.5.0";

    @Inject
    Api api;

    /** The credentials of one login: a cookie ("Cookie", …) or a bearer token ("Authorization", …). */
    private record Login(String[] headers, String accessToken, String refreshToken) {}

    private Login withCookie(String name, String userAgent) {
        var reply = api.post("/api/auth/session/login", Map.of("username", name, "password", PASSWORD),
                "User-Agent", userAgent);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return new Login(new String[] {"Cookie", sessionCookieOf(reply).header()}, null, null);
    }

    private Login withToken(String name, String userAgent) {
        var reply = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD), "User-Agent", userAgent);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        var access = reply.string("access_token");
        return new Login(new String[] {"Authorization", bearer(access)}, access, reply.string("refresh_token"));
    }

    private Api.Reply list(Login login) {
        return api.get(SESSIONS, login.headers());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sessionsOf(Login login) {
        var reply = list(login);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return (List<Map<String, Object>>) reply.body().get("sessions");
    }

    private String idOf(Login owner, Login target) {
        var kind = target.accessToken() == null ? "session" : "refresh_token";
        var others = sessionsOf(owner).stream().filter(entry -> entry.get("kind").equals(kind)).toList();
        var current = sessionsOf(target).stream().filter(entry -> Boolean.TRUE.equals(entry.get("is_current")))
                .findFirst().orElseThrow();
        assertThat(others).extracting(entry -> entry.get("id")).contains(current.get("id"));
        return (String) current.get("id");
    }

    private Api.Reply revoke(String id, Login caller) {
        return api.send("DELETE", SESSIONS + "/" + id, null, null, caller.headers());
    }

    private Api.Reply revokeOthers(Login caller) {
        return api.send("DELETE", SESSIONS, null, null, caller.headers());
    }

    private Api.Reply me(Login login) {
        return api.get("/api/auth/me", login.headers());
    }

    private Api.Reply refresh(Login login) {
        return api.post("/api/auth/refresh", Map.of("refresh_token", login.refreshToken()));
    }

    private static void assertStatusAndDetail(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.body()).containsEntry("detail", detail).containsEntry("status_code", status);
    }

    @Test
    void listShowsSessionsAndTokenFamiliesWithTheirClients() {
        var name = api.registered("mlist");
        var browser = withCookie(name, FIREFOX);
        withToken(name, CURL);
        var before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var sessions = sessionsOf(browser);

        assertThat(sessions).hasSize(2).allSatisfy(entry -> {
            assertThat(entry).containsOnlyKeys("id", "kind", "created_at", "last_used_at", "user_agent",
                    "client_address", "is_current");
            assertThat(UUID.fromString((String) entry.get("id"))).isNotNull();
            assertThat(Instant.parse((String) entry.get("created_at"))).isBeforeOrEqualTo(Instant.now());
            assertThat(Instant.parse((String) entry.get("last_used_at")))
                    .isAfterOrEqualTo(Instant.parse((String) entry.get("created_at")))
                    .isAfterOrEqualTo(before.minusSeconds(60));
            assertThat((String) entry.get("client_address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });
        assertThat(sessions).extracting(entry -> entry.get("kind"), entry -> entry.get("user_agent"))
                .containsExactlyInAnyOrder(tuple("session", FIREFOX), tuple("refresh_token", CURL));
    }

    @Test
    void calledWithACookieOnlyThatSessionIsCurrent() {
        var name = api.registered("mcook");
        var browser = withCookie(name, FIREFOX);
        withCookie(name, FIREFOX);
        withToken(name, CURL);

        assertThat(sessionsOf(browser)).extracting(entry -> entry.get("kind"), entry -> entry.get("is_current"))
                .containsExactlyInAnyOrder(tuple("session", true), tuple("session", false),
                        tuple("refresh_token", false));
    }

    @Test
    void calledWithABearerTokenOnlyItsFamilyIsCurrent() {
        var name = api.registered("mtok");
        withCookie(name, FIREFOX);
        var cli = withToken(name, CURL);
        withToken(name, CURL);

        assertThat(sessionsOf(cli)).extracting(entry -> entry.get("kind"), entry -> entry.get("is_current"))
                .containsExactlyInAnyOrder(tuple("session", false), tuple("refresh_token", true),
                        tuple("refresh_token", false));
    }

    @Test
    void theListShowsOnlyTheCallersOwnSessions() {
        var ada = withCookie(api.registered("mada"), FIREFOX);
        var grace = api.registered("mgrace");
        withCookie(grace, CURL);
        withToken(grace, CURL);

        assertThat(sessionsOf(ada)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("is_current", true).containsEntry("kind", "session"));
    }

    @Test
    void revokingASessionByIdMakesItsCookie401() {
        var name = api.registered("mrev");
        var laptop = withCookie(name, FIREFOX);
        var phone = withCookie(name, CURL);
        var phoneId = idOf(laptop, phone);

        var reply = revoke(phoneId, laptop);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).containsEntry("message", "Session revoked");
        assertStatusAndDetail(me(phone), 401, "Authentication required");
        assertThat(me(laptop).status()).isEqualTo(200);
        assertThat(sessionsOf(laptop)).extracting(entry -> entry.get("id")).doesNotContain(phoneId).hasSize(1);
    }

    @Test
    void revokingTheCurrentSessionByIdAlsoClearsItsCookie() {
        var laptop = withCookie(api.registered("mown"), FIREFOX);
        var ownId = idOf(laptop, laptop);

        var reply = revoke(ownId, laptop);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        var cookie = sessionCookieOf(reply);
        assertThat(cookie.value()).isEmpty();
        assertThat(cookie.attribute("max-age")).contains("0");
        assertStatusAndDetail(me(laptop), 401, "Authentication required");
    }

    @Test
    void revokingATokenFamilyByIdKillsItsAccessAndRefreshTokens() {
        var name = api.registered("mfam");
        var browser = withCookie(name, FIREFOX);
        var cli = withToken(name, CURL);
        var kept = withToken(name, CURL);

        var reply = revoke(idOf(browser, cli), browser);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertStatusAndDetail(me(cli), 403, "Invalid token");
        assertStatusAndDetail(refresh(cli), 401, "Invalid refresh token");
        assertThat(me(kept).status()).isEqualTo(200);
        assertThat(refresh(kept).status()).isEqualTo(200);
    }

    @Test
    void revokingAnotherUsersSessionIs404AndRevokesNothing() {
        var ada = withCookie(api.registered("mthief"), FIREFOX);
        var grace = api.registered("mvictim");
        var graceBrowser = withCookie(grace, FIREFOX);
        var graceCli = withToken(grace, CURL);
        var graceSessions = sessionsOf(graceCli).stream().map(entry -> entry.get("id")).toList();

        for (var id : graceSessions) {
            assertStatusAndDetail(revoke((String) id, ada), 404, "Session not found");
        }

        assertThat(me(graceBrowser).string("username")).isEqualTo(grace);
        assertThat(me(graceCli).string("username")).isEqualTo(grace);
        assertThat(sessionsOf(graceCli)).extracting(entry -> entry.get("id"))
                .containsExactlyInAnyOrderElementsOf(graceSessions);
    }

    @Test
    void revokingAnUnknownOrMalformedIdIs404() {
        var browser = withCookie(api.registered("mbad"), FIREFOX);

        assertStatusAndDetail(revoke(UUID.randomUUID().toString(), browser), 404, "Session not found");
        assertStatusAndDetail(revoke("not-a-uuid", browser), 404, "Session not found");
        assertThat(me(browser).status()).isEqualTo(200);
    }

    @Test
    void revokingAllFromACookieKeepsOnlyThatSession() {
        var name = api.registered("mallc");
        var browser = withCookie(name, FIREFOX);
        var phone = withCookie(name, CURL);
        var cli = withToken(name, CURL);
        var bystander = withCookie(api.registered("mby"), FIREFOX);

        var reply = revokeOthers(browser);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).containsEntry("revoked", 2);
        assertThat(sessionsOf(browser)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("is_current", true).containsEntry("kind", "session"));
        assertStatusAndDetail(me(phone), 401, "Authentication required");
        assertStatusAndDetail(me(cli), 403, "Invalid token");
        assertStatusAndDetail(refresh(cli), 401, "Invalid refresh token");
        assertThat(me(bystander).status()).isEqualTo(200);
    }

    @Test
    void revokingAllFromABearerTokenKeepsOnlyItsFamily() {
        var name = api.registered("mallt");
        var browser = withCookie(name, FIREFOX);
        var cli = withToken(name, CURL);
        var script = withToken(name, CURL);

        var reply = revokeOthers(cli);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).containsEntry("revoked", 2);
        assertThat(sessionsOf(cli)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("is_current", true).containsEntry("kind", "refresh_token"));
        assertStatusAndDetail(me(browser), 401, "Authentication required");
        assertStatusAndDetail(me(script), 403, "Invalid token");
        assertThat(me(cli).status()).isEqualTo(200);
        assertThat(refresh(cli).status()).isEqualTo(200);
    }

    @Test
    void everySessionsRouteNeedsAuthentication() {
        var id = UUID.randomUUID().toString();

        assertStatusAndDetail(api.get(SESSIONS), 401, "Authentication required");
        assertStatusAndDetail(api.send("DELETE", SESSIONS + "/" + id, null, null), 401, "Authentication required");
        assertStatusAndDetail(api.send("DELETE", SESSIONS, null, null), 401, "Authentication required");
        assertStatusAndDetail(api.get(SESSIONS, "Cookie", "session_id=" + id), 401, "Authentication required");
    }
}
