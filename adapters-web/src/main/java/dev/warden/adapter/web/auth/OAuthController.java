package dev.warden.adapter.web.auth;

import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.SessionCookies;
import dev.warden.application.port.in.OAuthCallbackCommand;
import dev.warden.application.port.in.OAuthLoginUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Duration;

/**
 * Sign-in with GitHub or Google. The redirect sets a short-lived HttpOnly cookie (the pre-login session) that
 * the callback must bring back with the state, so that a state works only in the browser that started it.
 */
@Controller("/api/auth/oauth/{provider}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class OAuthController {
    static final String PRE_LOGIN_COOKIE = "oauth_login";

    private final OAuthLoginUseCase oauth;
    private final boolean secure;

    OAuthController(OAuthLoginUseCase oauth, SessionCookies cookies) {
        this.oauth = oauth;
        this.secure = cookies.secure();
    }

    @Get
    HttpResponse<?> start(@PathVariable String provider) {
        var redirect = oauth.start(provider);
        return HttpResponse.status(io.micronaut.http.HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, redirect.location().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .cookie(preLogin(redirect.browserKey(), redirect.lifetime()));
    }

    @Get("/callback")
    HttpResponse<TokenResponse> callback(HttpRequest<?> http, @PathVariable String provider,
                                         @Nullable @QueryValue String code, @Nullable @QueryValue String state) {
        var browserKey = http.getCookies().findCookie(PRE_LOGIN_COOKIE).map(Cookie::getValue).orElse(null);
        var pair = oauth.complete(new OAuthCallbackCommand(provider, code, state, browserKey, Callers.clientOf(http)));
        return HttpResponse.ok(TokenResponse.of(pair))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .cookie(preLogin("", Duration.ZERO));
    }

    private Cookie preLogin(String value, Duration lifetime) {
        return Cookie.of(PRE_LOGIN_COOKIE, value).path("/api/auth/oauth").httpOnly(true).sameSite(SameSite.Lax)
                .secure(secure).maxAge(lifetime);
    }
}
