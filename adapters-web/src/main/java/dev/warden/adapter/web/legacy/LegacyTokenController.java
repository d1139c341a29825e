package dev.warden.adapter.web.legacy;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.openapi.FormBodies;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.application.legacy.port.in.LegacyLoginCommand;
import dev.warden.application.legacy.port.in.LegacyLoginUseCase;
import dev.warden.application.legacy.port.in.LegacyLogoutUseCase;
import dev.warden.application.legacy.port.in.LegacySignupCommand;
import dev.warden.application.legacy.port.in.LegacySignupUseCase;
import dev.warden.application.legacy.port.in.LegacyTokenCommand;
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
import java.util.Map;
import java.util.Objects;

/**
 * The legacy token API of seed 001: signup and login forms ({@code application/x-www-form-urlencoded}) that answer
 * 200 with {@code {"errors": {...}, "success": ..., "token": ...}}, and logout by the {@code Token} header. The
 * same accounts as {@code /api/auth}; the token then works wherever a bearer token does.
 */
@Controller("/auth")
@Tag(name = "Legacy")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class LegacyTokenController {
    private final LegacySignupUseCase signup;
    private final LegacyLoginUseCase login;
    private final LegacyLogoutUseCase logout;

    LegacyTokenController(LegacySignupUseCase signup, LegacyLoginUseCase login, LegacyLogoutUseCase logout) {
        this.signup = signup;
        this.login = login;
        this.logout = logout;
    }

    @Operation(summary = "Sign up for a legacy token", description = """
            A form with `username`, `password1`, `password2`, `email` and `accept_tos`. Always 200: \
            `success` says whether an account and a token (40 hex digits, valid 24 hours) were made, `errors` lists \
            the messages of each refused field.""")
    @ApiResponse(responseCode = "200", description = "The outcome")
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post(value = "/signup", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<LegacyReplies.Form> signup(
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = FormBodies.LegacySignup.class)))
            @Body @Nullable Map<String, String> body) {
        var form = Objects.requireNonNullElse(body, Map.<String, String>of());
        return reply(signup.signup(new LegacySignupCommand(form.get("username"), form.get("password1"),
                form.get("password2"), form.get("email"), form.get("accept_tos"))));
    }

    @Operation(summary = "Log in for a legacy token", description = """
            A form with `username` and `password`. 200, as signup, except for an account with TOTP enabled, whose \
            right password answers 401 with an `mfa_token` for `/api/auth/mfa/totp/verify`; throttled as \
            `/api/auth/login`, which answers 429 when an account is locked.""")
    @ApiResponse(responseCode = "200", description = "The outcome")
    @ApiResponse(responseCode = "401", ref = MFA_REQUIRED)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<LegacyReplies.Form> login(HttpRequest<?> http,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = FormBodies.LegacyLogin.class)))
            @Body @Nullable Map<String, String> body) {
        var form = Objects.requireNonNullElse(body, Map.<String, String>of());
        return reply(login.login(new LegacyLoginCommand(form.get("username"), form.get("password"),
                Callers.clientOf(http))));
    }

    /** Needs no authentication (seed 001): without a live token in the header, it answers no success. */
    @Operation(summary = "End a legacy token", description = """
            Ends the token of the `Authorization: Token` header; `success` is false without a live one.""")
    @ApiResponse(responseCode = "200", description = "The outcome")
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @RequestBody(required = false, description = "Not read: the token is the header's",
            content = {@Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED),
                    @Content(mediaType = MediaType.APPLICATION_JSON)})
    @Post(value = "/logout", consumes = MediaType.ALL)
    LegacyReplies.Logout logout(HttpRequest<?> http) {
        var ended = Callers.legacyTokenOf(http).map(token -> logout.logout(new LegacyTokenCommand(token)))
                .orElse(false);
        return new LegacyReplies.Logout(ended);
    }

    private static HttpResponse<LegacyReplies.Form> reply(LegacyFormResult result) {
        return Replies.okNoStore(LegacyReplies.Form.of(result));
    }
}
