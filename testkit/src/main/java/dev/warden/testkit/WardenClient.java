package dev.warden.testkit;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The preamble of a test against a running Warden, over its HTTP API as any client would: register a user, then
 * log in for a token pair or a session cookie. Every call that does not get the answer the contract promises fails
 * with an {@link AssertionError} that quotes the reply.
 *
 * <p>From a {@link WardenExtension} ({@link WardenExtension#client()}), or for any Warden at a known address with
 * {@link #at(URI)}. Thread-safe.
 */
public final class WardenClient {
    /** The password of users registered without one: long enough, and on no common-password list. */
    public static final String DEFAULT_PASSWORD = "Corr3ct-Horse-Battery";
    /** The cookie that carries a session (see {@link #sessionCookie(TestUser)}). */
    public static final String SESSION_COOKIE = "session_id";

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final URI baseUrl;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    WardenClient(URI baseUrl, JsonMapper json) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * A client of the Warden at {@code baseUrl} (e.g. {@code http://localhost:8080}). Its JSON is read and written by
     * Micronaut's default {@link JsonMapper}, which the Warden on the classpath provides (micronaut-serde).
     */
    public static WardenClient at(URI baseUrl) {
        return new WardenClient(baseUrl, DefaultJson.MAPPER);
    }

    /** The service's root, e.g. {@code http://localhost:41234}; {@code baseUrl().resolve("/api/auth/me")}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** {@code prefix} followed by 8 random hexadecimal digits: a username no other test has taken. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a user with a unique name ({@code user…}), an address at example.com and {@link #DEFAULT_PASSWORD}. */
    public TestUser register() {
        return register(unique("user"));
    }

    /** Registers {@code username} with the address {@code <username>@example.com} and {@link #DEFAULT_PASSWORD}. */
    public TestUser register(String username) {
        return register(username, username + "@example.com", DEFAULT_PASSWORD);
    }

    /** Registers a user by {@code POST /api/auth/register}; fails unless it answers 201. */
    public TestUser register(String username, String email, String password) {
        var body = new LinkedHashMap<String, Object>();
        body.put("username", username);
        body.put("email", email);
        body.put("password", password);
        var reply = post("/api/auth/register", body);
        expect(201, "POST /api/auth/register", reply);
        return new TestUser(text(reply, "id"), text(reply, "username"), text(reply, "email"), password);
    }

    /** Logs {@code user} in by {@code POST /api/auth/login}: its access and refresh tokens. */
    public Tokens tokensFor(TestUser user) {
        return tokensFor(user.username(), user.password());
    }

    /** Logs in by {@code POST /api/auth/login} with a username (or an email) and password; fails unless 200. */
    public Tokens tokensFor(String usernameOrEmail, String password) {
        var reply = post("/api/auth/login", Map.of("username", usernameOrEmail, "password", password));
        expect(200, "POST /api/auth/login", reply);
        var expiresIn = reply.body().get("expires_in");
        return new Tokens(text(reply, "access_token"), text(reply, "refresh_token"),
                expiresIn instanceof Number number ? number.longValue() : -1);
    }

    /**
     * Logs {@code user} in by {@code POST /api/auth/session/login}: the {@code Cookie} header value that sends its
     * session, {@code session_id=…}.
     */
    public String sessionCookie(TestUser user) {
        return sessionCookie(user.username(), user.password());
    }

    /** Logs in by {@code POST /api/auth/session/login} with a username (or an email) and password; fails unless 200. */
    public String sessionCookie(String usernameOrEmail, String password) {
        var reply = post("/api/auth/session/login", Map.of("username", usernameOrEmail, "password", password));
        expect(200, "POST /api/auth/session/login", reply);
        return reply.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0].strip())
                .filter(pair -> pair.startsWith(SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("POST /api/auth/session/login set no " + SESSION_COOKIE
                        + " cookie: " + reply.headers().map()));
    }

    /** {@code GET /api/auth/me} with a request header ({@code Authorization} or {@code Cookie}): the user object. */
    Map<String, Object> me(String header, String value) {
        var reply = send(HttpRequest.newBuilder(baseUrl.resolve("/api/auth/me")).header(header, value).GET());
        expect(200, "GET /api/auth/me", reply);
        return reply.body();
    }

    record Reply(int status, java.net.http.HttpHeaders headers, String text, Map<String, Object> body) {}

    private Reply post(String path, Map<String, Object> body) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(baseUrl.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("Warden at " + baseUrl + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Warden at " + baseUrl, e);
        }
    }

    private Map<String, Object> parse(String text) {
        if (text == null || !text.strip().startsWith("{")) {
            return Map.of();
        }
        try {
            return json.readValue(text, OBJECT);
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static void expect(int status, String call, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError(call + " answered " + reply.status() + " (expected " + status + "): "
                    + reply.text());
        }
    }

    private static String text(Reply reply, String field) {
        if (!(reply.body().get(field) instanceof String value)) {
            throw new AssertionError("no \"" + field + "\" in the reply: " + reply.text());
        }
        return value;
    }

    /** Micronaut's default mapper, made once (micronaut-serde starts a small context of its own for it). */
    private static final class DefaultJson {
        static final JsonMapper MAPPER = JsonMapper.createDefault();
    }
}
