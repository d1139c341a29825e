package dev.warden.adapter.web.stack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Cross-origin requests to the Stack-style surface, as Stack's SDK makes them from an app's pages (CORS): any
 * origin, no credentials. Safe because nothing on {@code /api/v1} reads a cookie: its one credential is a token in
 * a header that a page of another origin cannot read from here. A preflight is answered before any other filter
 * (no credential, no limit); every answer to a request with an {@code Origin} says which headers the page may read.
 */
@ServerFilter("/api/v1/**")
class StackCrossOrigin implements Ordered {
    private static final String METHODS = "GET, POST, PATCH, PUT, DELETE, OPTIONS";
    /** What the SDK reads of an answer: the known error, the status it asked to have in a header, Retry-After. */
    private static final String EXPOSED = String.join(", ", StackErrors.KNOWN_ERROR, StackErrors.HEXCLAVE_KNOWN_ERROR,
            "x-stack-actual-status", "x-hexclave-actual-status", HttpHeaders.RETRY_AFTER);
    private static final String MAX_AGE = "600";

    @RequestFilter
    @Nullable
    HttpResponse<?> preflight(HttpRequest<?> request) {
        var headers = request.getHeaders();
        if (request.getMethod() != HttpMethod.OPTIONS || !headers.contains(HttpHeaders.ORIGIN)
                || !headers.contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)) {
            return null;
        }
        var response = HttpResponse.noContent()
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
                .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
        var asked = headers.get(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        if (asked != null && !asked.isBlank()) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, asked);
        }
        return response;
    }

    @ResponseFilter
    void allow(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getHeaders().contains(HttpHeaders.ORIGIN)) {
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        }
    }

    /** Before the client's address is even looked at: a preflight carries nothing to check. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before() - 1;
    }
}
