package dev.warden.adapter.web.stack;

import dev.warden.adapter.web.error.ErrorBody;
import dev.warden.adapter.web.error.ErrorCatalogue;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Every error of the Stack-style surface in Stack's shape, whoever produced it (a use case, the security rules, a
 * request limit, the framework): {@code {"code", "error"}} and the header {@code x-stack-known-error}. The contract's
 * error is made first, in the one place that makes errors; this only renders it again, by {@link StackErrors}.
 */
@ServerFilter("/api/v1/**")
class StackErrorFilter implements Ordered {

    @ResponseFilter
    void render(MutableHttpResponse<?> response) {
        if (!(response.getBody().orElse(null) instanceof ErrorBody contract)) {
            return;
        }
        var known = StackErrors.of(response.getAttribute(ErrorCatalogue.CAUSE).orElse(null), response.getStatus(),
                contract.detail());
        if (known.status() != HttpStatus.UNAUTHORIZED) {
            response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
        }
        response.status(known.status());
        response.getHeaders().set(StackErrors.KNOWN_ERROR, known.name());
        response.body(new StackError(known.name(), contract.detail(), contract.extra()));
    }

    /** Outside the security filter and the request limits, whose refusals never reach the filters inside them. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
