package dev.warden.adapter.web.security;

import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.token.AccessGrant;
import dev.warden.domain.token.LegacyToken;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import java.util.Optional;

/** How an authenticated caller, and a refused credential, are carried on the request. */
public final class Callers {
    static final String CALLER = "warden.caller";
    static final String GRANT = "warden.grant";
    private static final String CREDENTIAL_PROBLEM = "warden.credential-problem";
    static final String CLIENT_ADDRESS = "warden.client-address";
    static final String CLIENT_SECURE = "warden.client-secure";
    private static final String LEGACY_SCHEME = "Token ";
    /** The Stack-style surface (seed 002), whose one credential is an access token in its own header. */
    public static final String STACK_API = "/api/v1/";
    public static final String STACK_ACCESS_TOKEN = "x-stack-access-token";
    /** Stack's SDK from 2.8.108 names its request headers {@code x-hexclave-…} where earlier ones say {@code x-stack-…}. */
    private static final String STACK_PREFIX = "x-stack-";
    private static final String HEXCLAVE_PREFIX = "x-hexclave-";

    private Callers() {}

    /**
     * The value of one of Stack's request headers, {@code name} being its {@code x-stack-…} name: that header, or
     * else its {@code x-hexclave-…} twin (what newer SDKs send); null when neither is there.
     */
    public static String stackHeader(HttpRequest<?> request, String name) {
        var value = request.getHeaders().get(name);
        return value != null || !name.startsWith(STACK_PREFIX) ? value
                : request.getHeaders().get(HEXCLAVE_PREFIX + name.substring(STACK_PREFIX.length()));
    }

    static Authentication byAccessToken(AccessGrant grant) {
        var caller = new Caller(grant.userId(), new Caller.AccessTokenCredential(grant.tokenId()));
        return Authentication.build(grant.userId().toString(), Map.of(CALLER, caller, GRANT, grant));
    }

    static Authentication bySession(Caller caller) {
        return Authentication.build(caller.userId().toString(), Map.of(CALLER, caller));
    }

    static Authentication byPassword(dev.warden.domain.user.UserId userId) {
        var caller = new Caller(userId, new Caller.PasswordCredential());
        return Authentication.build(userId.toString(), Map.of(CALLER, caller));
    }

    static Authentication byLegacyToken(LegacyToken token) {
        var caller = new Caller(token.userId(), new Caller.LegacyTokenCredential(token.id()));
        return Authentication.build(token.userId().toString(), Map.of(CALLER, caller));
    }

    /** The secret of an {@code Authorization: Token <hex>} header (the legacy API's scheme), if the request has one. */
    public static Optional<String> legacyTokenOf(HttpRequest<?> request) {
        var authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, LEGACY_SCHEME, 0, LEGACY_SCHEME.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(LEGACY_SCHEME.length()).strip());
    }

    /** The caller of an authenticated request. */
    /** The request's path as the router matches it: without trailing slashes ({@code /register/} is {@code /register}). */
    static String routedPath(HttpRequest<?> request) {
        var path = request.getPath();
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /** Whether the request is for the Stack-style surface. */
    public static boolean onStackApi(HttpRequest<?> request) {
        return request.getPath().startsWith(STACK_API);
    }

    public static Caller callerOf(Authentication authentication) {
        if (authentication.getAttributes().get(CALLER) instanceof Caller caller) {
            return caller;
        }
        throw new AuthError.AuthenticationRequired().exception();
    }

    /** The access grant, when the request was authenticated by a bearer token. */
    public static Optional<AccessGrant> grantOf(Authentication authentication) {
        return authentication.getAttributes().get(GRANT) instanceof AccessGrant grant
                ? Optional.of(grant) : Optional.empty();
    }

    /** Where the request came from (see {@link TrustedProxies}), for limits and session management. */
    public static ClientInfo clientOf(HttpRequest<?> request) {
        var address = request.getAttribute(CLIENT_ADDRESS, String.class).orElseGet(() -> {
            var peer = request.getRemoteAddress().getAddress();
            return peer == null ? "" : peer.getHostAddress();
        });
        return new ClientInfo(request.getHeaders().get(HttpHeaders.USER_AGENT), address);
    }

    /** Whether the client reached us over HTTPS, directly or through a trusted TLS-terminating proxy. */
    public static boolean overHttps(HttpRequest<?> request) {
        return request.getAttribute(CLIENT_SECURE, Boolean.class).orElseGet(request::isSecure);
    }

    /** Remembers why a presented credential was refused, so that the refusal can say so. */
    static void refused(HttpRequest<?> request, AuthError problem) {
        request.setAttribute(CREDENTIAL_PROBLEM, problem);
    }

    static Optional<AuthError> problemOf(HttpRequest<?> request) {
        return request.getAttribute(CREDENTIAL_PROBLEM, AuthError.class);
    }
}
