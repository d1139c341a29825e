package dev.warden.bootstrap;

import static dev.warden.bootstrap.SetCookie.sessionCookieOf;
import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A page of another origin (here a sibling site, which SameSite=Lax does not stop) cannot make a browser change state
 * with the session cookie: a request authenticated by the cookie whose method is not GET, HEAD or OPTIONS must come
 * from the public URL's origin or an allowed one (Origin, else Sec-Fetch-Site). Security review, issue 16, finding 7.
 */
@MicronautTest
@Property(name = "auth.public-url", value = CrossSiteRequestHttpTest.PUBLIC_ORIGIN)
@Property(name = "auth.session.allowed-origins", value = CrossSiteRequestHttpTest.APP_ORIGIN)
@Property(name = "auth.basic.enabled", value = "true")
@Property(name = "auth.bootstrap-admin.username", value = "csrfboss")
@Property(name = "auth.bootstrap-admin.email", value = "csrfboss@example.com")
@Property(name = "auth.bootstrap-admin.password", value = CrossSiteRequestHttpTest.PASSWORD)
class CrossSiteRequestHttpTest {
    static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    static final String PUBLIC_ORIGIN = "https://auth.example.org";
    static final String APP_ORIGIN = "https://app.example.org";
    private static final String SIBLING = "https://blog.example.org";
    private static final String REFUSED = "Cross-site request refused";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Api api;

    @Test
    void aSiblingSitesPostWithTheStaffCookieCannotDeactivateAnAccount() {
        var staff = sessionLogin("csrfboss");
        var victim = registered("victim");

        var reply = browser("POST", "/api/admin/users/" + victim + "/deactivate", staff, "Origin", SIBLING);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo(REFUSED);
        assertThat(api.get("/api/admin/users/" + victim, "Cookie", staff.header()).body())
                .containsEntry("is_active", true);
    }

    @Test
    void aSiblingSitesPostCannotEndTheSession() {
        var cookie = sessionLogin(registeredName("logout"));

        var reply = browser("POST", "/api/auth/session/logout", cookie, "Origin", SIBLING);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo(REFUSED);
        assertThat(me(cookie).status()).isEqualTo(200);
    }

    @Test
    void theRefusalIsA403InTheContractsErrorFormatAndNeitherRollsNorClearsTheCookie() {
        var cookie = sessionLogin(registeredName("format"));

        var reply = browser("POST", "/api/auth/me", cookie, "Origin", SIBLING);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).containsOnlyKeys("detail", "status_code", "extra")
                .containsEntry("detail", REFUSED).containsEntry("status_code", 403);
        assertThat(reply.body().get("extra")).isEqualTo(Map.of("request_id",
                reply.head().lines().filter(line -> line.regionMatches(true, 0, "X-Request-Id:", 0, 13))
                        .map(line -> line.substring(13).strip()).findFirst().orElseThrow()));
        assertThat(reply.head()).doesNotContainIgnoringCase("Set-Cookie");
    }

    @Test
    void theServicesOwnOriginAndAnAllowedOnePass() {
        var staff = sessionLogin("csrfboss");
        var victim = registered("own");

        var own = browser("POST", "/api/admin/users/" + victim + "/deactivate", staff, "Origin", PUBLIC_ORIGIN);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).containsEntry("is_active", false);
        assertThat(browser("POST", "/api/auth/me", staff, "Origin", APP_ORIGIN).status()).isEqualTo(200);
        assertThat(browser("POST", "/api/auth/me", staff, "Origin", "HTTPS://Auth.Example.org:443").status())
                .isEqualTo(200);
    }

    @Test
    void otherOriginsAreRefusedEvenWhenTheyResembleOurs() {
        var cookie = sessionLogin(registeredName("alike"));

        for (var origin : new String[] {"http://auth.example.org", "https://auth.example.org:8443",
                "https://auth.example.org.evil.example", "https://evil.example", "null", "not an origin",
                PUBLIC_ORIGIN + " " + SIBLING}) {
            assertThat(browser("POST", "/api/auth/me", cookie, "Origin", origin).detail()).as(origin)
                    .isEqualTo(REFUSED);
        }
    }

    @Test
    void everyMethodButGetHeadAndOptionsIsChecked() {
        var cookie = sessionLogin(registeredName("methods"));

        assertThat(browser("DELETE", "/api/auth/sessions/" + UUID.randomUUID(), cookie, "Origin", SIBLING).detail())
                .isEqualTo(REFUSED);
        assertThat(browser("DELETE", "/api/auth/sessions", cookie, "Origin", SIBLING).detail()).isEqualTo(REFUSED);
        assertThat(me(cookie).status()).isEqualTo(200);
    }

    @Test
    void withoutOriginFetchMetadataDecides() {
        var cookie = sessionLogin(registeredName("fetch"));

        assertThat(browser("POST", "/api/auth/me", cookie, "Sec-Fetch-Site", "same-origin").status()).isEqualTo(200);
        assertThat(browser("POST", "/api/auth/me", cookie, "Sec-Fetch-Site", "none").status()).isEqualTo(200);
        assertThat(browser("POST", "/api/auth/me", cookie, "Sec-Fetch-Site", "same-site").detail()).isEqualTo(REFUSED);
        assertThat(browser("POST", "/api/auth/me", cookie, "Sec-Fetch-Site", "cross-site").detail())
                .isEqualTo(REFUSED);
        assertThat(browser("POST", "/api/auth/me", cookie, "Sec-Fetch-Site", "same-site", "Origin", APP_ORIGIN)
                .status()).isEqualTo(200);
    }

    @Test
    void aClientSendingNeitherHeaderIsNotABrowserAndPasses() {
        var cookie = sessionLogin(registeredName("curl"));

        assertThat(browser("POST", "/api/auth/me", cookie).status()).isEqualTo(200);
        assertThat(browser("POST", "/api/auth/session/logout", cookie).status()).isEqualTo(200);
    }

    @Test
    void readingIsNotRefused() {
        var cookie = sessionLogin(registeredName("read"));

        for (var method : new String[] {"GET", "HEAD"}) {
            assertThat(browser(method, "/api/auth/me", cookie, "Origin", SIBLING, "Sec-Fetch-Site", "same-site")
                    .status()).as(method).isEqualTo(200);
        }
    }

    @Test
    void bearerLegacyAndBasicCredentialsAreNotCookiesAndPass() {
        var name = registeredName("other");
        var access = api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD)).string("access_token");
        var legacy = api.send("POST", "/auth/login", "username=" + name + "&password=" + PASSWORD,
                "application/x-www-form-urlencoded").string("token");
        var basic = Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        for (var authorization : new String[] {"Bearer " + access, "Token " + legacy, "Basic " + basic}) {
            var reply = send("POST", "/api/auth/me", "", "Authorization", authorization, "Origin", SIBLING,
                    "Sec-Fetch-Site", "cross-site");
            assertThat(reply.status()).as(authorization.substring(0, 6)).isEqualTo(200);
        }
    }

    @Test
    void aSessionLoginFromAnotherSiteStillSignsIn() {
        var name = registeredName("login");
        var body = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}";

        var reply = send("POST", "/api/auth/session/login", body, "Origin", SIBLING);

        assertThat(reply.status()).isEqualTo(200);
    }

    private String registeredName(String prefix) {
        return api.kit().register(unique(prefix)).username();
    }

    /** Registers an account; its id. */
    private String registered(String prefix) {
        return api.kit().register(unique(prefix)).id();
    }

    private SetCookie sessionLogin(String name) {
        var reply = api.post("/api/auth/session/login", Map.of("username", name, "password", PASSWORD));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return sessionCookieOf(reply);
    }

    private Api.Reply me(SetCookie cookie) {
        return api.get("/api/auth/me", "Cookie", cookie.header());
    }

    /** What a browser behind a proxy sends: {@code Host: auth.example.org}, the cookie (if any), the headers given. */
    private Reply browser(String method, String path, SetCookie cookie, String... headers) {
        var all = new String[headers.length + (cookie == null ? 0 : 2)];
        System.arraycopy(headers, 0, all, 0, headers.length);
        if (cookie != null) {
            all[headers.length] = "Cookie";
            all[headers.length + 1] = cookie.header();
        }
        return send(method, path, "", all);
    }

    /** A reply read off the wire: the status line and headers, and the body as JSON. */
    private record Reply(int status, String head, Map<String, Object> body) {
        String detail() {
            return (String) body.get("detail");
        }
    }

    /**
     * One HTTP/1.1 request with {@code Host: auth.example.org}, as a reverse proxy forwards it (Java's HTTP client does
     * not let a caller set Host, and Micronaut refuses non-local origins calling a localhost Host).
     */
    private Reply send(String method, String path, String body, String... headers) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: auth.example.org\r\n"
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n");
        if (!body.isEmpty()) {
            request.append("Content-Type: application/json\r\n");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        try (var socket = new Socket(server.getHost(), server.getPort())) {
            var out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            var text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var split = text.indexOf("\r\n\r\n");
            var head = text.substring(0, split);
            var rest = text.substring(split + 4);
            var json = rest.indexOf('{') < 0 ? Map.<String, Object>of()
                    : this.json.readValue(rest.substring(rest.indexOf('{'), rest.lastIndexOf('}') + 1),
                    Argument.mapOf(String.class, Object.class));
            OpenApiConformance.servedBy(server.getURI()).verify(RawExchange.of(URI.create(PUBLIC_ORIGIN),
                    request + body, text));
            return new Reply(Integer.parseInt(head.substring(9, 12)), head, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
