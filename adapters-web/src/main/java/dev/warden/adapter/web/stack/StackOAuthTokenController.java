package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.openapi.FormBodies;
import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.application.token.port.in.RefreshUseCase;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import io.micronaut.core.annotation.Nullable;
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
 * Stack's OAuth token endpoint, where its SDK refreshes an access token: the refresh-token grant (RFC 6749 §6) on
 * the refresh tokens of every surface, which, as at {@code /api/v1/auth/sessions/current/refresh}, is not rotated.
 */
@Controller("/api/v1/auth/oauth/token")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class StackOAuthTokenController {
    static final String REFRESH_GRANT = "refresh_token";
    static final String BEARER = "Bearer";

    private final RefreshUseCase refresh;

    StackOAuthTokenController(RefreshUseCase refresh) {
        this.refresh = refresh;
    }

    @Operation(summary = "A new access token for the refresh token (OAuth form)", description = """
            What Stack's SDK calls to refresh: a form with `grant_type=refresh_token` and `refresh_token` \
            (`client_id` and `client_secret` are accepted and ignored). The refresh token is checked as \
            `/api/auth/refresh` checks it and is not rotated: Stack's clients keep theirs, so the answer has no \
            `refresh_token`. The new access token belongs to the same session, and ends with it.""")
    @ApiResponse(responseCode = "200", description = "A new access token")
    @ApiResponse(responseCode = "401", ref = REFRESH_TOKEN_REFUSED)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<StackBodies.OAuthAccess> token(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = FormBodies.StackRefreshGrant.class)))
            @Body @Nullable Map<String, String> form) {
        var fields = Objects.requireNonNullElse(form, Map.<String, String>of());
        var grantType = fields.get("grant_type");
        if (grantType == null || !grantType.strip().equals(REFRESH_GRANT)) {
            throw AuthError.InvalidInput.of("grant_type", new Reason.OneOf(List.of(REFRESH_GRANT))).exception();
        }
        var refreshToken = fields.get("refresh_token");
        var access = refresh.refreshAccess(new RefreshCommand(refreshToken == null ? null : refreshToken.strip()));
        return Replies.okNoStore(new StackBodies.OAuthAccess(access.token(), BEARER, access.lifetime().toSeconds()));
    }
}
