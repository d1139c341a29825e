package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.openapi.FormBodies;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.oauth.port.in.CodeExchangeCommand;
import dev.warden.application.oauth.port.in.ExchangeAuthorizationCodeUseCase;
import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.application.token.port.in.RefreshUseCase;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stack's OAuth token endpoint, where its SDK refreshes an access token and finishes an identity-provider sign-in:
 * the refresh-token grant (RFC 6749 §6) on the refresh tokens of every surface, which, as at
 * {@code /api/v1/auth/sessions/current/refresh}, is not rotated; and the authorization-code grant (§4.1.3) with
 * PKCE (RFC 7636) for the codes of {@code /api/v1/auth/oauth/authorize/{provider}}.
 */
@Controller("/api/v1/auth/oauth/token")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class StackOAuthTokenController {
    static final String REFRESH_GRANT = "refresh_token";
    static final String CODE_GRANT = "authorization_code";
    static final String BEARER = "Bearer";

    private final RefreshUseCase refresh;
    private final ExchangeAuthorizationCodeUseCase codes;
    private final StackClients clients;

    StackOAuthTokenController(RefreshUseCase refresh, ExchangeAuthorizationCodeUseCase codes, StackClients clients) {
        this.refresh = refresh;
        this.codes = codes;
        this.clients = clients;
    }

    @Operation(summary = "Tokens for a refresh token or an authorization code (OAuth form)", description = """
            What Stack's SDK calls (errors come in the SDK's codes). `client_id` and `client_secret` are the project \
            and one of its publishable client keys, checked when `AUTH_STACK_PUBLISHABLE_CLIENT_KEYS` is set.

            `grant_type=refresh_token` with `refresh_token`: the refresh token is checked as `/api/auth/refresh` \
            checks it and is not rotated: Stack's clients keep theirs, so the answer has no `refresh_token`. The \
            new access token belongs to the same session, and ends with it.

            `grant_type=authorization_code` with `code`, `redirect_uri` and `code_verifier`: the code of an \
            identity-provider sign-in started at `/api/v1/auth/oauth/authorize/{provider}` (single use, 1 minute; \
            the redirect URI must be the one of the authorization, the verifier must answer its S256 challenge: \
            `INVALID_AUTHORIZATION_CODE` otherwise, and the code is spent either way). Answers a new token pair, \
            `is_new_user` and the client's `after_callback_redirect_url`; an account with TOTP gets \
            `MULTI_FACTOR_AUTHENTICATION_REQUIRED` with `details.attempt_code` instead, as a password sign-in does.""")
    // anyOf, not oneOf: the pair has every property of the access alone, so a pair would match both
    @ApiResponse(responseCode = "200", description = "The access token alone for the refresh grant; the pair for the "
            + "code grant", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    anyOf = {StackBodies.OAuthAccess.class, StackOAuthBodies.OAuthTokens.class})))
    @ApiResponse(responseCode = "400", ref = SDK_TOKEN_REQUEST_REFUSED)
    @ApiResponse(responseCode = "401", ref = SDK_REFRESH_TOKEN_REFUSED)
    @ApiResponse(responseCode = "503", ref = SDK_UNAVAILABLE)
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> token(
            HttpRequest<?> http,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = FormBodies.StackRefreshGrant.class)))
            @Body @Nullable Map<String, String> form) {
        var fields = Objects.requireNonNullElse(form, Map.<String, String>of());
        var refused = StackClientFilter.problem(clients, stripped(fields, "client_id"), stripped(fields, "client_secret"));
        if (refused != null) {
            throw refused.exception();
        }
        var grantType = stripped(fields, "grant_type");
        if (CODE_GRANT.equals(grantType)) {
            var exchanged = codes.exchange(new CodeExchangeCommand(stripped(fields, "code"),
                    stripped(fields, "redirect_uri"), stripped(fields, "code_verifier"), Callers.clientOf(http)));
            var pair = exchanged.tokens();
            return Replies.okNoStore(new StackOAuthBodies.OAuthTokens(pair.accessToken(), BEARER,
                    pair.accessTokenLifetime().toSeconds(), pair.refreshToken(), exchanged.newUser(),
                    exchanged.afterCallbackRedirectUrl().orElse(null)));
        }
        if (!REFRESH_GRANT.equals(grantType)) {
            throw AuthError.InvalidInput.of("grant_type", new Reason.OneOf(List.of(REFRESH_GRANT, CODE_GRANT)))
                    .exception();
        }
        var access = refresh.refreshAccess(new RefreshCommand(stripped(fields, "refresh_token")));
        return Replies.okNoStore(new StackBodies.OAuthAccess(access.token(), BEARER, access.lifetime().toSeconds()));
    }

    private static String stripped(Map<String, String> fields, String name) {
        var value = fields.get(name);
        return value == null ? null : value.strip();
    }
}
