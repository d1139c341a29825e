package dev.warden.adapter.web.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * With HTTP Basic enabled, a 401 offers it beside the bearer challenge (RFC 7235: one {@code WWW-Authenticate} per
 * scheme the server accepts), so that clients which speak Basic, a browser among them, know they may.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "auth.basic.enabled", value = "true")
class BasicChallengeFilter implements Ordered {
    static final String BASIC_CHALLENGE = "Basic realm=\"warden\", charset=\"UTF-8\"";

    @ResponseFilter
    void challenge(MutableHttpResponse<?> response) {
        if (response.code() == HttpStatus.UNAUTHORIZED.getCode()
                && response.getHeaders().getAll(HttpHeaders.WWW_AUTHENTICATE).stream()
                        .noneMatch(value -> value.startsWith("Basic"))) {
            response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
    }

    /** Outside the security filter, whose refusals never reach the filters inside it. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
