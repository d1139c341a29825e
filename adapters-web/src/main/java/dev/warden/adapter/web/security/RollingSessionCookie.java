package dev.warden.adapter.web.security;

import dev.warden.application.port.out.Clock;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Duration;
import java.time.Instant;

/**
 * Rolling expiry, as the client sees it: every response to a request authenticated by a session re-sends the cookie
 * with a Max-Age of what the session now has left (a full lifetime, until the session nears its maximum age), unless
 * the response already sets it (login, logout).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RollingSessionCookie {
    private final SessionCookies cookies;
    private final Clock clock;

    RollingSessionCookie(SessionCookies cookies, Clock clock) {
        this.cookies = cookies;
        this.clock = clock;
    }

    @ResponseFilter
    void resend(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var secret = request.getAttribute(CredentialAuthenticationFetcher.TOUCHED_SECRET, String.class);
        var expiresAt = request.getAttribute(CredentialAuthenticationFetcher.SESSION_EXPIRES, Instant.class);
        if (secret.isEmpty() || expiresAt.isEmpty()) {
            return;
        }
        boolean alreadySet = response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .anyMatch(header -> header.startsWith(SessionCookies.NAME + "="));
        if (!alreadySet) {
            var now = clock.now();
            var left = now.isBefore(expiresAt.get()) ? Duration.between(now, expiresAt.get()) : Duration.ZERO;
            response.cookie(cookies.issue(secret.get(), left));
        }
    }
}
