package dev.warden.adapter.web.auth;

import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.openapi.ApiErrors;
import dev.warden.adapter.web.openapi.FormBodies;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.login.port.in.LoginUseCase;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
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

/**
 * The OAuth2 password-grant form of seed 003 ({@code username}, {@code password}, optional
 * {@code grant_type=password} and {@code scope}): the same login as {@code /login}, for clients such as
 * OpenAPI tools that post a form to a tokenUrl.
 */
@Controller("/api/auth/token")
@Tag(name = "Authentication")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class TokenFormController {
    private final LoginUseCase login;

    TokenFormController(LoginUseCase login) {
        this.login = login;
    }

    @Operation(summary = "Log in with the OAuth2 password-grant form", description = """
            The tokenUrl of the `password` security scheme: a form with `username` (or the email) and `password`, \
            and optionally `grant_type=password` and `scope` (ignored). The same login, throttling and token pair as \
            `/api/auth/login`.""")
    @ApiResponse(responseCode = "200", description = "The token pair")
    @ApiErrors.PasswordLogin
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<TokenResponse> token(HttpRequest<?> http,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = FormBodies.PasswordGrant.class)))
            @Body Map<String, String> form) {
        var grantType = form.get("grant_type");
        if (grantType != null && !grantType.isBlank() && !grantType.strip().equals("password")) {
            throw AuthError.InvalidInput.of("grant_type", new Reason.OneOf(List.of("password"))).exception();
        }
        var pair = login.login(new LoginCommand(form.get("username"), form.get("password"), Callers.clientOf(http)));
        return Replies.okNoStore(TokenResponse.of(pair));
    }
}
