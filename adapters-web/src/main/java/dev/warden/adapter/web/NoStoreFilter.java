package dev.warden.adapter.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Every reply of the API is about an account or carries a credential (a user object, a token, a session cookie, a
 * list of sessions): none may be kept by a browser or a shared cache. A reply that says otherwise keeps its own.
 * The public documents (JWKS, OpenAPI, health) are outside these paths.
 */
@ServerFilter({"/api/**", "/auth/**"})
class NoStoreFilter implements Ordered {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            Replies.noStore(response);
        }
    }

    /** Outside the security filter, so that its refusals (401, 403) are covered too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
