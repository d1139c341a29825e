package dev.warden.adapter.web.stack;

import dev.warden.adapter.web.RequestIds;
import dev.warden.adapter.web.error.ErrorBody;
import dev.warden.adapter.web.error.ErrorCatalogue;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.LinkedHashMap;

/**
 * Every error of the Stack-style surface in Stack's shape, whoever produced it (a use case, the security rules, a
 * request limit, the framework): {@code {"code", "error"}} and the header {@code x-stack-known-error}, named in the
 * dialect of the client (seed 002's names, or the codes of Stack's SDK: {@link StackErrors}). The contract's
 * error is made first, in the one place that makes errors; this only renders it again, by {@link StackErrors}.
 */
@ServerFilter("/api/v1/**")
class StackErrorFilter implements Ordered {

    @ResponseFilter
    void render(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.getBody().orElse(null) instanceof ErrorBody contract)) {
            return;
        }
        var dialect = StackErrors.Dialect.of(request);
        // The request id stays in the reply's X-Request-Id header: Stack's bodies are matched exactly by its clients.
        var extra = new LinkedHashMap<>(contract.extra());
        extra.remove(RequestIds.MDC_KEY);
        var known = StackErrors.of(dialect, response.getAttribute(ErrorCatalogue.CAUSE).orElse(null),
                response.getStatus(), contract.detail(), extra, request);
        if (known.status() != HttpStatus.UNAUTHORIZED) {
            response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
        }
        response.status(known.status());
        if (known.name() != null) {
            response.getHeaders().set(StackErrors.KNOWN_ERROR, known.name());
            if (dialect == StackErrors.Dialect.SDK) {
                response.getHeaders().set(StackErrors.HEXCLAVE_KNOWN_ERROR, known.name());
            }
        }
        response.body(StackError.of(dialect, known, contract.detail()));
    }

    /** Outside the security filter and the request limits, whose refusals never reach the filters inside them. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
