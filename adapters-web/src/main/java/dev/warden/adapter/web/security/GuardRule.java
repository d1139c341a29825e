package dev.warden.adapter.web.security;

import dev.warden.application.admin.port.in.AuthorizeUseCase;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.guard.Guard;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one place where guards are checked: for a route marked {@link Guarded}, the caller's current account
 * must pass the guard (Authorize use case). A refusal is recorded on the request so that the answer carries
 * the guard's own message (401 Authentication required, or 403 with the guard's detail).
 */
@Singleton
class GuardRule implements SecurityRule<HttpRequest<?>> {
    private final AuthorizeUseCase authorize;
    private final Scheduler blocking;

    GuardRule(AuthorizeUseCase authorize, @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.authorize = authorize;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 50; // before @Secured, which would let any authenticated caller in
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        var route = request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class).orElse(null);
        if (!(route instanceof MethodBasedRouteMatch<?, ?> method) || !method.hasAnnotation(Guarded.class)) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        var guard = method.enumValue(Guarded.class, Guard.class).orElseThrow();
        if (authentication == null) {
            return Mono.just(SecurityRuleResult.REJECTED); // no credentials, or refused ones: already recorded
        }
        var caller = Callers.callerOf(authentication).userId();
        return Mono.fromCallable(() -> {
            try {
                authorize.authorize(caller, guard);
                return SecurityRuleResult.ALLOWED;
            } catch (AuthException e) {
                Callers.refused(request, e.error());
                return SecurityRuleResult.REJECTED;
            }
        }).subscribeOn(blocking);
    }
}
