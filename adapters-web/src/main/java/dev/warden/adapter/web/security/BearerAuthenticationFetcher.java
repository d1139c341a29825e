package dev.warden.adapter.web.security;

import dev.warden.application.port.in.AuthenticateCommand;
import dev.warden.application.port.in.AuthenticateUseCase;
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
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Authenticates {@code Authorization: Bearer <access token>} through the Authenticate use case. A refused
 * token leaves the request anonymous and records why, so that a protected route answers 403 Invalid token
 * rather than 401. The check may read the revocation store, so it runs off the event loop.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class BearerAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    private static final String SCHEME = "Bearer ";

    private final AuthenticateUseCase authenticate;
    private final Scheduler blocking;

    BearerAuthenticationFetcher(AuthenticateUseCase authenticate,
                                @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.authenticate = authenticate;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        var header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Mono.empty();
        }
        var token = header.substring(SCHEME.length()).strip();
        return Mono.fromCallable(() -> {
            try {
                return Callers.byAccessToken(authenticate.authenticate(new AuthenticateCommand(token)));
            } catch (AuthException e) {
                Callers.refused(request, e.error());
                return null;
            }
        }).subscribeOn(blocking);
    }
}
