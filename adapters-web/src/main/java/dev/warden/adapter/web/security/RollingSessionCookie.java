package dev.warden.adapter.web.security;

import dev.warden.application.service.SessionSettings;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Rolling expiry, as the client sees it: every response to a request authenticated by a session re-sends
 * the cookie with a full Max-Age, unless the response already sets it (login, logout).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RollingSessionCookie {
    private final SessionCookies cookies;
    private final SessionSettings settings;

    RollingSessionCookie(SessionCookies cookies, SessionSettings settings) {
        this.cookies = cookies;
        this.settings = settings;
    }

    @ResponseFilter
    void resend(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var secret = request.getAttribute(CredentialAuthenticationFetcher.TOUCHED_SECRET, String.class);
        if (secret.isEmpty()) {
            return;
        }
        boolean alreadySet = response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .anyMatch(header -> header.startsWith(SessionCookies.NAME + "="));
        if (!alreadySet) {
            response.cookie(cookies.issue(secret.get(), settings.lifetime()));
        }
    }
}
