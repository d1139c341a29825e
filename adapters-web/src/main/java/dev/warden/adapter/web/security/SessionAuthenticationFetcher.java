package dev.warden.adapter.web.security;

import dev.warden.application.port.in.AuthenticateSessionUseCase;
import dev.warden.application.port.in.SessionSecretCommand;
import dev.warden.domain.error.AuthException;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Authenticates the {@code session_id} cookie through the AuthenticateSession use case, which also rolls
 * the session's expiry; the cookie is then re-sent with a full Max-Age ({@link RollingSessionCookie}).
 * An unknown or expired cookie leaves the request anonymous (401). A session store that cannot be reached
 * fails the request with 503.
 */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    static final String TOUCHED_SECRET = "warden.session-secret";

    private final AuthenticateSessionUseCase authenticate;
    private final SessionCookies cookies;
    private final Scheduler blocking;

    SessionAuthenticationFetcher(AuthenticateSessionUseCase authenticate, SessionCookies cookies,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.authenticate = authenticate;
        this.cookies = cookies;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Override
    public int getOrder() {
        return 10; // after the bearer token: an explicit Authorization header wins over an ambient cookie
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        var secret = cookies.secretOf(request);
        if (secret.isEmpty()) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> {
            try {
                var session = authenticate.authenticate(new SessionSecretCommand(secret.get()));
                request.setAttribute(TOUCHED_SECRET, secret.get());
                return Callers.bySession(session);
            } catch (AuthException e) {
                return null;
            }
        }).subscribeOn(blocking);
    }
}
