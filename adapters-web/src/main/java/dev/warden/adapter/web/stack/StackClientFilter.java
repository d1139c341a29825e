package dev.warden.adapter.web.stack;

import dev.warden.adapter.web.error.ErrorCatalogue;
import dev.warden.adapter.web.security.Callers;
import dev.warden.domain.error.AuthError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * With publishable client keys configured ({@link StackClients}), every request to the Stack-style surface names
 * the service's project ({@code x-stack-project-id}) and one of its keys ({@code x-stack-publishable-client-key}, or
 * their {@code x-hexclave-…} twins), before anything else is looked at. The OAuth endpoints, which Stack's SDK calls
 * without its headers, check the same as {@code client_id} and {@code client_secret} themselves.
 */
@ServerFilter("/api/v1/**")
class StackClientFilter implements Ordered {
    private static final String OAUTH = "/api/v1/auth/oauth/";

    private final StackClients clients;

    StackClientFilter(StackClients clients) {
        this.clients = clients;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request) {
        if (!clients.checked() || request.getPath().startsWith(OAUTH)) {
            return null;
        }
        var problem = problem(clients, Callers.stackHeader(request, "x-stack-project-id"),
                Callers.stackHeader(request, "x-stack-publishable-client-key"));
        return problem == null ? null : ErrorCatalogue.response(problem);
    }

    /** What is wrong with a client naming {@code project} and {@code key}; null when nothing is, or nothing is asked. */
    static @Nullable AuthError problem(StackClients clients, @Nullable String project, @Nullable String key) {
        if (!clients.checked()) {
            return null;
        }
        if (!clients.isProject(project)) {
            return new AuthError.UnknownProject(project == null ? "" : project);
        }
        return clients.accepts(key) ? null : new AuthError.InvalidClientKey(clients.projectId());
    }

    /** After the answer to a preflight, before the request limits and the credentials. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
