package dev.warden.adapter.web.security;

import dev.warden.application.legacy.port.in.AuthenticateLegacyTokenUseCase;
import dev.warden.application.legacy.port.in.LegacyTokenCommand;
import dev.warden.application.login.port.in.AuthenticatePasswordUseCase;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.session.port.in.AuthenticateSessionUseCase;
import dev.warden.application.session.port.in.SessionSecretCommand;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.token.port.in.AuthenticateCommand;
import dev.warden.application.token.port.in.AuthenticateUseCase;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Authenticates a request by exactly one credential: the {@code Authorization} header when there is one,
 * otherwise the {@code session_id} cookie. (Micronaut Security runs its fetchers concurrently and takes the
 * first answer, so the choice is made here, in one place, not by fetcher order.)
 * <ul>
 *   <li>Bearer token: the Authenticate use case; a refused token leaves the request anonymous and records
 *       why, so that a protected route answers 403 Invalid token, whatever cookie came along.</li>
 *   <li>Legacy token ({@code Token <hex>}, seed 001): the AuthenticateLegacyToken use case, refused alike.</li>
 *   <li>HTTP Basic, when enabled: the AuthenticatePassword use case, throttled like a login; a refused
 *       password, a lock or plain HTTP where HTTPS is required is recorded and answered as such.</li>
 *   <li>Session cookie: the AuthenticateSession use case, which rolls the session's expiry; the cookie is
 *       then re-sent ({@link RollingSessionCookie}). An unknown cookie leaves the request anonymous (401);
 *       an unreachable session store fails the request (503). A request that may change state and comes from
 *       another site's page ({@link CrossSiteRequests}) is not authenticated by the cookie, and records why
 *       (403 Cross-site request refused); the session is not even looked up.</li>
 * </ul>
 * On the Stack-style surface ({@code /api/v1/}) only its {@code x-stack-access-token} header counts, as a bearer
 * token. Each may read a store, so they run off the event loop.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class CredentialAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    static final String TOUCHED_SECRET = "warden.session-secret";
    static final String SESSION_TIME_LEFT = "warden.session-time-left";
    private static final String BEARER = "Bearer ";
    private static final String TOKEN_ENDPOINT = "/api/auth/token";

    private final AuthenticateUseCase bearerTokens;
    private final AuthenticateLegacyTokenUseCase legacyTokens;
    private final AuthenticateSessionUseCase sessions;
    private final AuthenticatePasswordUseCase passwords;
    private final SessionCookies cookies;
    private final CrossSiteRequests crossSite;
    private final BasicAuthentication basic;
    private final Scheduler blocking;

    CredentialAuthenticationFetcher(AuthenticateUseCase bearerTokens, AuthenticateLegacyTokenUseCase legacyTokens,
                                    AuthenticateSessionUseCase sessions, AuthenticatePasswordUseCase passwords,
                                    SessionCookies cookies, CrossSiteRequests crossSite, BasicAuthentication basic,
                                    @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.bearerTokens = bearerTokens;
        this.legacyTokens = legacyTokens;
        this.sessions = sessions;
        this.passwords = passwords;
        this.cookies = cookies;
        this.crossSite = crossSite;
        this.basic = basic;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (Callers.onStackApi(request)) {
            // The Stack-style surface has one credential, an access token in its own header (x-stack-…, or the
            // x-hexclave-… of newer SDKs; checked as a bearer token is); cookies and Authorization are not looked at there, nor that header anywhere else.
            var token = Callers.stackHeader(request, Callers.STACK_ACCESS_TOKEN);
            return token == null || token.isBlank() ? Mono.empty() : bearer(request, token.strip());
        }
        var authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return cookies.secretOf(request).map(secret -> session(request, secret)).orElse(Mono.empty());
        }
        if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearer(request, authorization.substring(BEARER.length()).strip());
        }
        if (basic.enabled() && authorization.regionMatches(true, 0, BasicAuthentication.SCHEME, 0,
                BasicAuthentication.SCHEME.length())) {
            // On the token endpoint a Basic header authenticates the OAuth client (RFC 6749, section 2.3.1), as
            // Swagger UI sends it with an empty client id; the user's password is in the form. Not a login.
            return Callers.routedPath(request).equals(TOKEN_ENDPOINT) ? Mono.empty() : basic(request, authorization);
        }
        // a legacy token; any other scheme is not ours, so no credentials
        return Callers.legacyTokenOf(request).map(token -> legacy(request, token)).orElse(Mono.empty());
    }

    private Mono<Authentication> bearer(HttpRequest<?> request, String token) {
        return blocking(() -> {
            try {
                return Optional.of(Callers.byAccessToken(bearerTokens.authenticate(new AuthenticateCommand(token))));
            } catch (AuthException e) {
                Callers.refused(request, e.error());
                return Optional.empty();
            }
        });
    }

    private Mono<Authentication> legacy(HttpRequest<?> request, String token) {
        return blocking(() -> {
            try {
                return Optional.of(Callers.byLegacyToken(legacyTokens.authenticate(new LegacyTokenCommand(token))));
            } catch (AuthException e) {
                Callers.refused(request, e.error());
                return Optional.empty();
            }
        });
    }

    private Mono<Authentication> basic(HttpRequest<?> request, String authorization) {
        if (basic.requiresHttps() && !Callers.overHttps(request)) {
            Callers.refused(request, new AuthError.InsecureTransport());
            return Mono.empty();
        }
        var credentials = BasicAuthentication.parse(authorization);
        if (credentials.isEmpty()) {
            Callers.refused(request, new AuthError.InvalidCredentials());
            return Mono.empty();
        }
        return blocking(() -> {
            try {
                var login = new LoginCommand(credentials.get().username(), credentials.get().password(),
                        Callers.clientOf(request));
                return Optional.of(Callers.byPassword(passwords.authenticate(login)));
            } catch (AuthException e) {
                // A blank username or password is a wrong password here, not a form to correct.
                Callers.refused(request, e.error() instanceof AuthError.InvalidInput
                        ? new AuthError.InvalidCredentials() : e.error());
                return Optional.empty();
            }
        });
    }

    private Mono<Authentication> session(HttpRequest<?> request, String secret) {
        if (crossSite.refused(request)) {
            Callers.refused(request, new AuthError.CrossSiteRequest());
            return Mono.empty();
        }
        return blocking(() -> {
            try {
                var caller = sessions.authenticateCaller(new SessionSecretCommand(secret));
                request.setAttribute(TOUCHED_SECRET, secret);
                if (caller.credential() instanceof Caller.SessionCredential(_, var timeLeft)) {
                    request.setAttribute(SESSION_TIME_LEFT, timeLeft);
                }
                return Optional.of(Callers.bySession(caller));
            } catch (AuthException e) {
                return Optional.empty();
            }
        });
    }

    private Mono<Authentication> blocking(java.util.concurrent.Callable<Optional<Authentication>> check) {
        return Mono.fromCallable(check).subscribeOn(blocking).flatMap(Mono::justOrEmpty);
    }
}
