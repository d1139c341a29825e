package dev.warden.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The credential of {@code /prometheus} (Micronaut Micrometer's endpoint, on the service's own port): the bearer
 * token {@code AUTH_METRICS_TOKEN}, compared in constant time. Without that setting the endpoint is not there (404);
 * with it, a request without the token gets 401. It runs before Micronaut Security, which lets the endpoint through
 * (it is marked not sensitive in {@code application.yml}) because this filter alone decides.
 */
@ServerFilter("/prometheus/**")
class MetricsTokenFilter implements Ordered {
    static final int MINIMUM_LENGTH = 32;
    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    MetricsTokenFilter(@Value("${auth.metrics.token:}") String token) {
        if (!token.isBlank() && token.strip().length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("AUTH_METRICS_TOKEN must have at least " + MINIMUM_LENGTH
                    + " characters (e.g. openssl rand -hex 32)");
        }
        this.expected = token.isBlank() ? null : (BEARER + token.strip()).getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (expected == null) {
            return HttpResponse.notFound();
        }
        var presented = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (presented == null || !MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
            return HttpResponse.unauthorized().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"warden-metrics\"");
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
