package dev.warden.adapter.web.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Duration;

/**
 * Rolling expiry, as the client sees it: every response to a request authenticated by a session re-sends the cookie
 * with a Max-Age of what the session had left when the request used it (a full lifetime, until the session nears its
 * maximum age; whole seconds, rounded down), unless the response already sets it (login, logout).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RollingSessionCookie {
    private final SessionCookies cookies;

    RollingSessionCookie(SessionCookies cookies) {
        this.cookies = cookies;
    }

    @ResponseFilter
    void resend(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var secret = request.getAttribute(CredentialAuthenticationFetcher.TOUCHED_SECRET, String.class);
        var timeLeft = request.getAttribute(CredentialAuthenticationFetcher.SESSION_TIME_LEFT, Duration.class);
        if (secret.isEmpty() || timeLeft.isEmpty()) {
            return;
        }
        boolean alreadySet = response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .anyMatch(header -> header.startsWith(SessionCookies.NAME + "="));
        if (!alreadySet) {
            response.cookie(cookies.issue(secret.get(), timeLeft.get()));
        }
    }
}
