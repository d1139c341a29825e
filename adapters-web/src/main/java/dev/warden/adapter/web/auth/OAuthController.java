package dev.warden.adapter.web.auth;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.SessionCookies;
import dev.warden.application.oauth.port.in.OAuthCallbackCommand;
import dev.warden.application.oauth.port.in.OAuthCompletion;
import dev.warden.application.oauth.port.in.OAuthLoginUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;

/**
 * Sign-in with GitHub or Google. The redirect sets a short-lived HttpOnly cookie (the pre-login session) that
 * the callback must bring back with the state, so that a state works only in the browser that started it.
 */
@Controller("/api/auth/oauth/{provider}")
@Tag(name = "OAuth")
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

    @Operation(summary = "Start signing in with a provider", description = """
            Redirects to GitHub or Google, with a state bound to this browser by a short-lived cookie.""")
    @ApiResponse(responseCode = "302", description = "To the provider's authorization page (`Location`)")
    @ApiResponse(responseCode = "404", ref = UNKNOWN_PROVIDER)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get
    HttpResponse<?> start(@PathVariable String provider) {
        var redirect = oauth.start(provider);
        return Replies.noStore(HttpResponse.status(HttpStatus.FOUND))
                .header(HttpHeaders.LOCATION, redirect.location().toString())
                .cookie(preLogin(redirect.browserKey(), redirect.lifetime()));
    }

    @Operation(summary = "Finish signing in with a provider", description = """
            The provider redirects here with `code` and `state`; an unknown email gets a new account. A sign-in \
            started here answers the token pair; one started by an OAuth client at \
            `/api/v1/auth/oauth/authorize/{provider}` redirects to the client's `redirect_uri` with an \
            authorization code and the client's `state`.""")
    @ApiResponse(responseCode = "200", description = "The token pair")
    @ApiResponse(responseCode = "302", description = "To the OAuth client's redirect URI, with `code` and `state`")
    @ApiResponse(responseCode = "401", ref = MFA_REQUIRED)
    @ApiResponse(responseCode = "403", ref = OAUTH_REFUSED)
    @ApiResponse(responseCode = "404", ref = UNKNOWN_PROVIDER)
    @ApiResponse(responseCode = "409", ref = REGISTRATION_CONFLICT)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "502", ref = PROVIDER_ERROR)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    // Declared here: on a @Nullable argument (a missing one is the use case's 422, not the framework's 400), the
    // processor would drop `required`.
    @Parameter(name = "code", in = ParameterIn.QUERY, required = true,
            description = "The provider's authorization code")
    @Parameter(name = "state", in = ParameterIn.QUERY, required = true,
            description = "The state that the redirect to the provider carried")
    @Get("/callback")
    HttpResponse<?> callback(HttpRequest<?> http, @PathVariable String provider,
                             @Parameter(hidden = true) @Nullable @QueryValue String code,
                             @Parameter(hidden = true) @Nullable @QueryValue String state) {
        var browserKey = http.getCookies().findCookie(PRE_LOGIN_COOKIE).map(Cookie::getValue).orElse(null);
        var completion = oauth.complete(new OAuthCallbackCommand(provider, code, state, browserKey,
                Callers.clientOf(http)));
        return switch (completion) {
            case OAuthCompletion.SignedIn(var pair) -> Replies.okNoStore(TokenResponse.of(pair))
                    .cookie(preLogin("", Duration.ZERO));
            case OAuthCompletion.CodeIssued(var redirect) -> Replies.noStore(HttpResponse.status(HttpStatus.FOUND))
                    .header(HttpHeaders.LOCATION, redirect.toString());
        };
    }

    private Cookie preLogin(String value, Duration lifetime) {
        return Cookie.of(PRE_LOGIN_COOKIE, value).path("/api/auth/oauth").httpOnly(true).sameSite(SameSite.Lax)
                .secure(secure).maxAge(lifetime);
    }
}
