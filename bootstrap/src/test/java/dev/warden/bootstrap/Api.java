package dev.warden.bootstrap;

import dev.warden.testkit.Tokens;
import dev.warden.testkit.WardenClient;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A REST client's view of the running service: raw HTTP in, status, headers and parsed JSON out. Every exchange
 * with the service is held against its OpenAPI document ({@link OpenApiConformance}): a reply the document does not
 * describe fails the test.
 */
public final class Api {
    static final String REQUEST_ID = "X-Request-Id";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final JsonMapper json;
    private final WardenClient kit;

    public Api(URL base, JsonMapper json) {
        this.base = URI.create(base.toString());
        this.json = json;
        this.kit = WardenClient.at(this.base);
    }

    public record Reply(int status, Map<String, List<String>> headers, String text, Map<String, Object> body) {
        public String detail() {
            return (String) body.get("detail");
        }

        public String string(String key) {
            return (String) body.get(key);
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }
    }

    public Reply post(String path, Object body, String... headers) {
        return send("POST", path, body == null ? null : write(body), "application/json", headers);
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Reply send(String method, String path, String body, String contentType, String... headers) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var sent = request.build();
            var response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            if (sent.uri().getRawAuthority().equals(base.getRawAuthority())) {   // not the OAuth stand-ins' pages
                OpenApiConformance.servedBy(base).verify(new Exchange(method, sent.uri(), sent.headers().map(), body,
                        response.statusCode(), response.headers().map(), response.body()));
            }
            var requestId = response.headers().firstValue(REQUEST_ID).orElse(null);
            return new Reply(response.statusCode(), response.headers().map(), response.body(),
                    withoutRequestId(parse(response.body()), requestId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test kit's client of the same service: registers users and logs them in (module testkit). */
    public WardenClient kit() {
        return kit;
    }

    /** Registers {@code username} (its address at example.com) and logs in: the token pair of the login. */
    public Tokens registerAndLogin(String username, String password) {
        return kit.tokensFor(kit.register(username, username + "@example.com", password));
    }

    /** {@code POST /api/auth/refresh} with this refresh token. */
    public Reply refresh(String refreshToken) {
        return post("/api/auth/refresh", Map.of("refresh_token", refreshToken));
    }

    /** {@code GET /api/auth/me} with this access token. */
    public Reply me(String accessToken) {
        return get("/api/auth/me", "Authorization", bearer(accessToken));
    }

    /** The username of a new user that the test kit registered, named after {@code prefix}. */
    public String registered(String prefix) {
        return kit.register(WardenClient.unique(prefix)).username();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private String write(Object body) {
        try {
            return body instanceof String text ? text : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every contract error carries the reply's {@code X-Request-Id} as {@code extra.request_id}: checked here for
     * every reply of every test, then left out of {@link Reply#body()}, so that the tests compare what they are about
     * ({@link Reply#text()} keeps it).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutRequestId(Map<String, Object> body, String requestId) {
        if (!(body.get("extra") instanceof Map<?, ?> extra) || !body.containsKey("status_code")) {
            return body;
        }
        if (!java.util.Objects.equals(extra.get("request_id"), requestId)) {
            throw new AssertionError("extra.request_id " + extra.get("request_id") + " is not the reply's "
                    + REQUEST_ID + " " + requestId);
        }
        var withoutId = new java.util.LinkedHashMap<>((Map<String, Object>) extra);
        withoutId.remove("request_id");
        var copy = new java.util.LinkedHashMap<>(body);
        copy.put("extra", withoutId);
        return copy;
    }

    private Map<String, Object> parse(String text) {
        if (text == null || text.isBlank() || !text.strip().startsWith("{")) {
            return Map.of();
        }
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
