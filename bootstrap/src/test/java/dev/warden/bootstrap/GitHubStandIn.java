package dev.warden.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A GitHub of the test's own, on a free port: the authorize page (the browser's GitHub session is the cookie
 * {@code user_session=<login>}), the token endpoint (client, code, redirect URI and PKCE S256 checked as GitHub
 * does), and the REST API's {@code /user} and {@code /user/emails}. An endpoint can be made to fail.
 */
final class GitHubStandIn implements AutoCloseable {
    static final String CLIENT_ID = "github-test-client";
    static final String CLIENT_SECRET = "github-test-secret";
    static final String AUTHORIZE = "/login/oauth/authorize";
    static final String TOKEN = "/login/oauth/access_token";
    static final String USER = "/user";
    static final String EMAILS = "/user/emails";

    record Email(String email, boolean primary, boolean verified) {}

    /** A GitHub account: numeric id, login, display name, public email (may be null) and its email addresses. */
    record Account(long id, String login, String name, String publicEmail, List<Email> emails) {
        static Account withEmail(long id, String login, String email, boolean verified) {
            return new Account(id, login, "Octo Cat", null, List.of(new Email(email, true, verified)));
        }
    }

    private record Grant(Account account, String challenge, String redirectUri) {}

    private record Failure(int status, String body) {}

    private final HttpServer server;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Account> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();

    private GitHubStandIn(HttpServer server) {
        this.server = server;
        server.createContext(AUTHORIZE, exchange -> handle(exchange, this::authorize));
        server.createContext(TOKEN, exchange -> handle(exchange, this::token));
        server.createContext(USER, exchange -> handle(exchange, this::api));
        server.start();
    }

    static GitHubStandIn start() {
        try {
            return new GitHubStandIn(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String authorizeUrl() {
        return baseUrl() + AUTHORIZE;
    }

    /** The account that the browser is signed in to at GitHub (and that approves the app when asked). */
    Account add(Account account) {
        accounts.put(account.login(), account);
        return account;
    }

    /** From now on, {@code path} answers this status and body. */
    void fail(String path, int status, String body) {
        failures.put(path, new Failure(status, body));
    }

    void repair() {
        failures.clear();
    }

    /** The form fields of every token request received, oldest first. */
    List<Map<String, String>> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private interface Handler {
        Reply handle(HttpExchange exchange) throws IOException;
    }

    private record Reply(int status, String contentType, String body, String location) {
        static Reply json(int status, String body) {
            return new Reply(status, "application/json; charset=utf-8", body, null);
        }
    }

    private void handle(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            var failure = failures.get(exchange.getRequestURI().getPath());
            var reply = failure != null ? new Reply(failure.status(), "application/json", failure.body(), null)
                    : handler.handle(exchange);
            if (reply.location() != null) {
                exchange.getResponseHeaders().add("Location", reply.location());
            }
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            var bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private Reply authorize(HttpExchange exchange) {
        var query = query(exchange.getRequestURI().getRawQuery());
        var session = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Cookie"))
                .filter(cookie -> cookie.startsWith("user_session=")).map(cookie -> cookie.substring(13))
                .map(accounts::get);
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || !"S256".equals(query.get("code_challenge_method")) || session.isEmpty()) {
            return new Reply(400, "text/plain", "bad authorization request " + query, null);
        }
        var code = UUID.randomUUID().toString();
        codes.put(code, new Grant(session.get(), query.get("code_challenge"), query.get("redirect_uri")));
        var back = query.get("redirect_uri") + "?code=" + code + "&state=" + encode(query.get("state"));
        return new Reply(302, "text/plain", "", back);
    }

    private Reply token(HttpExchange exchange) throws IOException {
        var form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(form);
        var grant = form.get("code") == null ? null : codes.remove(form.get("code"));
        var valid = "POST".equals(exchange.getRequestMethod()) && grant != null
                && CLIENT_ID.equals(form.get("client_id")) && CLIENT_SECRET.equals(form.get("client_secret"))
                && grant.redirectUri().equals(form.get("redirect_uri"))
                && form.get("code_verifier") != null && s256(form.get("code_verifier")).equals(grant.challenge());
        if (!valid) {
            // GitHub's own answer to a bad exchange: 200 with an error, and no token.
            return Reply.json(200, "{\"error\":\"bad_verification_code\"}");
        }
        var accessToken = "gho_" + UUID.randomUUID().toString().replace("-", "");
        accessTokens.put(accessToken, grant.account());
        return Reply.json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"bearer\",\"scope\":\"user:email\"}");
    }

    private Reply api(HttpExchange exchange) {
        var authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        var account = authorization.startsWith("Bearer ") ? accessTokens.get(authorization.substring(7)) : null;
        if (account == null) {
            return Reply.json(401, "{\"message\":\"Requires authentication\"}");
        }
        return switch (exchange.getRequestURI().getPath()) {
            case USER -> Reply.json(200, "{\"id\":" + account.id() + ",\"login\":" + text(account.login())
                    + ",\"name\":" + text(account.name()) + ",\"email\":" + text(account.publicEmail()) + "}");
            case EMAILS -> Reply.json(200, account.emails().stream()
                    .map(email -> "{\"email\":" + text(email.email()) + ",\"primary\":" + email.primary()
                            + ",\"verified\":" + email.verified() + ",\"visibility\":null}")
                    .collect(Collectors.joining(",", "[", "]")));
            default -> Reply.json(404, "{\"message\":\"Not Found\"}");
        };
    }

    static Map<String, String> query(String raw) {
        var fields = new LinkedHashMap<String, String>();
        if (raw == null || raw.isEmpty()) {
            return fields;
        }
        for (var pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            var key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            fields.put(key, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    static Map<String, String> query(URI uri) {
        return query(uri.getRawQuery());
    }

    /** PKCE S256 (RFC 7636): base64url(SHA-256(verifier)) without padding. */
    static String s256(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
