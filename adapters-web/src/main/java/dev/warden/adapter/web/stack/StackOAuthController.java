package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import dev.warden.adapter.web.Replies;
import dev.warden.application.oauth.port.in.OAuthLoginUseCase;
import dev.warden.application.shared.port.in.CallbackUrl;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.oauth.ClientAuthorization;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stack's sign-in with an identity provider, as its SDK's {@code signInWithOAuth} starts it: an OAuth authorization
 * request (RFC 6749 §4.1.1, PKCE S256 required) whose code the SDK then exchanges at {@code /api/v1/auth/oauth/token}.
 * The provider's callback is the service's own ({@code /api/auth/oauth/{provider}/callback}), which sends the browser
 * on to the client's redirect URI with the code and the client's state.
 */
@Controller("/api/v1/auth/oauth/authorize/{provider}")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class StackOAuthController {
    /** RFC 7636 §4.2: 43 to 128 unreserved characters. */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final int MAX_STATE = 1024;
    private static final int MAX_URL = 2048;

    private final OAuthLoginUseCase oauth;
    private final StackClients clients;

    StackOAuthController(OAuthLoginUseCase oauth, StackClients clients) {
        this.oauth = oauth;
        this.clients = clients;
    }

    @Operation(summary = "Start signing in with a provider (OAuth authorization request)", description = """
            What Stack's SDK opens for `signInWithOAuth`: `response_type=code`, `redirect_uri` (on the service's \
            origin or one of `AUTH_ALLOWED_CALLBACK_ORIGINS`, without its own `code` or `state`), `state`, \
            `code_challenge` with `code_challenge_method=S256`, `type=authenticate`, and optionally \
            `after_callback_redirect_url`, which the token endpoint hands back. `client_id` and `client_secret` must \
            be the project and one of its publishable client keys when `AUTH_STACK_PUBLISHABLE_CLIENT_KEYS` is set. \
            `scope`, `grant_type`, `error_redirect_url`, `provider_scope` and `token` are accepted and ignored; \
            linking a provider to a signed-in account (`type=link`) is not offered. Redirects to the provider \
            (302), or, with `stack_response_mode=json` (or `hexclave_response_mode=json`), answers the address \
            as `{"location"}`. After the provider, the browser lands on `redirect_uri?code=…&state=…`: the code \
            lives one minute and works once.""")
    @ApiResponse(responseCode = "200", description = "The provider's address, as JSON")
    @ApiResponse(responseCode = "302", description = "To the provider's authorization page (`Location`)")
    @ApiResponse(responseCode = "400", ref = SDK_AUTHORIZATION_REFUSED)
    @ApiResponse(responseCode = "503", ref = SDK_UNAVAILABLE)
    @Get
    HttpResponse<?> authorize(@PathVariable String provider,
                              @Parameter(description = "The project id (checked with publishable client keys set)")
                              @Nullable @QueryValue("client_id") String clientId,
                              @Parameter(description = "A publishable client key (checked when keys are set)")
                              @Nullable @QueryValue("client_secret") String clientSecret,
                              @Parameter(description = "`code`") @Nullable @QueryValue("response_type") String responseType,
                              @Nullable @QueryValue("redirect_uri") String redirectUri,
                              @Nullable @QueryValue String state,
                              @Nullable @QueryValue("code_challenge") String codeChallenge,
                              @Parameter(description = "`S256`")
                              @Nullable @QueryValue("code_challenge_method") String codeChallengeMethod,
                              @Parameter(description = "`authenticate` (the default)") @Nullable @QueryValue String type,
                              @Nullable @QueryValue("after_callback_redirect_url") String afterCallbackRedirectUrl,
                              @Parameter(description = "`json` for a JSON answer")
                              @Nullable @QueryValue("stack_response_mode") String stackResponseMode,
                              @Parameter(description = "`json` for a JSON answer (newer SDKs)")
                              @Nullable @QueryValue("hexclave_response_mode") String hexclaveResponseMode) {
        var refused = StackClientFilter.problem(clients, clientId, clientSecret);
        if (refused != null) {
            throw refused.exception();
        }
        var client = authorization(responseType, redirectUri, state, codeChallenge, codeChallengeMethod, type,
                afterCallbackRedirectUrl);
        var redirect = oauth.startForClient(provider, client);
        if ("json".equals(stackResponseMode) || "json".equals(hexclaveResponseMode)) {
            return Replies.okNoStore(new StackOAuthBodies.Location(redirect.location().toString()));
        }
        return Replies.noStore(HttpResponse.status(HttpStatus.FOUND))
                .header(HttpHeaders.LOCATION, redirect.location().toString());
    }

    /** The request's fields, every malformed one reported at once (SCHEMA_ERROR), or a redirect URI not allowed. */
    private static ClientAuthorization authorization(String responseType, String redirectUri, String state,
                                                     String codeChallenge, String method, String type,
                                                     String afterCallbackRedirectUrl) {
        var fields = new LinkedHashMap<String, List<Reason>>();
        if (!"code".equals(responseType)) {
            fields.put("response_type", List.of(new Reason.OneOf(List.of("code"))));
        }
        if (redirectUri == null || redirectUri.isBlank()) {
            fields.put("redirect_uri", List.of(Reason.BLANK));
        }
        if (state == null || state.isEmpty()) {
            fields.put("state", List.of(Reason.BLANK));
        } else if (state.length() > MAX_STATE) {
            fields.put("state", List.of(new Reason.Length(1, MAX_STATE)));
        }
        if (codeChallenge == null || !CHALLENGE.matcher(codeChallenge).matches()) {
            fields.put("code_challenge", List.of(new Reason.Rule("must be a PKCE challenge (RFC 7636)")));
        }
        if (!"S256".equals(method)) {
            fields.put("code_challenge_method", List.of(new Reason.OneOf(List.of("S256"))));
        }
        if (type != null && !type.equals("authenticate")) {
            fields.put("type", List.of(new Reason.OneOf(List.of("authenticate"))));
        }
        if (afterCallbackRedirectUrl != null && afterCallbackRedirectUrl.length() > MAX_URL) {
            fields.put("after_callback_redirect_url", List.of(new Reason.Length(0, MAX_URL)));
        }
        if (!fields.isEmpty()) {
            throw new AuthError.InvalidInput(fields).exception();
        }
        if (redirectUri.length() > MAX_URL) {
            throw new AuthError.CallbackNotAllowed().exception();
        }
        return new ClientAuthorization(CallbackUrl.parse(redirectUri).uri(), state, codeChallenge,
                Optional.ofNullable(afterCallbackRedirectUrl).filter(url -> !url.isBlank()));
    }
}
