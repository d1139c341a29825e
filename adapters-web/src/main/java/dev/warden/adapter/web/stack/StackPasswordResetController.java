package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.openapi.Formats;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.mail.port.in.ForgotPasswordCommand;
import dev.warden.application.mail.port.in.PasswordResetUseCase;
import dev.warden.application.mail.port.in.ResetPasswordCommand;
import dev.warden.application.mail.port.in.TokenCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.error.Reason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stack's forgotten password (issue 18): a mailed link to the client's page carrying the reset token as
 * {@code code}, a check of the code, and the reset; on the password reset use case of {@code /api/auth}.
 */
@Controller("/api/v1/auth/password")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class StackPasswordResetController {
    /** The contract's names of the reset's fields, and Stack's. */
    private static final Map<String, String> RESET_FIELDS = Map.of("token", "code", "new_password", "password");

    private final PasswordResetUseCase reset;

    StackPasswordResetController(PasswordResetUseCase reset) {
        this.reset = reset;
    }

    @Serdeable
    record SendResetCode(@Schema(requiredMode = REQUIRED, example = "ada@example.com", format = "email", pattern = Formats.EMAIL, maxLength = Formats.EMAIL_MAX)
                         @Nullable String email,
                         @Schema(requiredMode = REQUIRED, example = "http://localhost:8080/handler/password-reset",
                                 format = "uri", pattern = Formats.HTTP_URL,
                                 description = """
                                         The page the mailed link opens, with `?code=<reset token>`; its origin must \
                                         be the service's or one of `AUTH_ALLOWED_CALLBACK_ORIGINS`""")
                         @JsonProperty("callback_url") @Nullable String callbackUrl) {
        static final SendResetCode EMPTY = new SendResetCode(null, null);
    }

    @Serdeable
    record ResetCode(@Schema(requiredMode = REQUIRED, description = "The `code` of the mailed link",
                             pattern = Formats.NOT_BLANK)
                     @Nullable String code) {}

    @Serdeable
    record Reset(@Schema(requiredMode = REQUIRED, description = "The `code` of the mailed link",
                         pattern = Formats.NOT_BLANK) @Nullable String code,
                 @Schema(requiredMode = REQUIRED, format = "password", example = "An0ther-Long-Secret",
                         minLength = Formats.PASSWORD_MIN, maxLength = Formats.PASSWORD_MAX)
                 @Nullable String password) {
        static final Reset EMPTY = new Reset(null, null);
    }

    @Operation(summary = "Mail a password reset link", description = """
            As `/api/auth/forgot-password`, linking to `callback_url` with `?code=<reset token>` (valid 1 hour, \
            single use; a newer one kills it). The same reply whether or not an account has the address (Stack \
            answers `USER_NOT_FOUND`; this service tells no one which addresses have accounts). Limited per client \
            in the same bucket as `/api/auth/forgot-password` (`AUTH_RATE_LIMITS_FORGOT_PASSWORD`), and per \
            address.""")
    @ApiResponse(responseCode = "200", description = "Accepted: `{\"success\": true}`")
    @ApiResponse(responseCode = "400", ref = CALLBACK_REFUSED)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/send-reset-code")
    StackBodies.Success sendResetCode(HttpRequest<?> http, @Body @Nullable SendResetCode body) {
        var request = Objects.requireNonNullElse(body, SendResetCode.EMPTY);
        reset.forgotPassword(ForgotPasswordCommand.withCallback(request.email(), request.callbackUrl(),
                Callers.clientOf(http).address()));
        return new StackBodies.Success(true);
    }

    @Operation(summary = "Check a password reset code", description = """
            Whether the code of the mailed link would reset the password now; it stays usable.""")
    @ApiResponse(responseCode = "200", description = "Usable: `{\"success\": true}`")
    @ApiResponse(responseCode = "400", ref = MALFORMED)
    @ApiResponse(responseCode = "403", ref = RESET_CODE_REFUSED)
    @ApiResponse(responseCode = "404", ref = SDK_CODE_NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/reset/check-code")
    StackBodies.Success checkCode(@Body @Nullable ResetCode body) {
        reset.checkResetToken(new TokenCommand(required(body == null ? null : body.code())));
        return new StackBodies.Success(true);
    }

    @Operation(summary = "Reset the password with a mailed code", description = """
            As `/api/auth/reset-password`: the code works once, the new password follows the policy of \
            registration, and a successful reset ends every session of the account (refresh token families with \
            their access tokens, cookie sessions, legacy tokens), every other reset link and pending email change.""")
    @ApiResponse(responseCode = "200", description = "Reset: `{\"success\": true}`")
    @ApiResponse(responseCode = "400", ref = MALFORMED)
    @ApiResponse(responseCode = "403", ref = RESET_CODE_REFUSED)
    @ApiResponse(responseCode = "404", ref = SDK_CODE_NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/reset")
    StackBodies.Success reset(@Body @Nullable Reset body) {
        var request = Objects.requireNonNullElse(body, Reset.EMPTY);
        reset.resetPassword(resetCommand(request));
        return new StackBodies.Success(true);
    }

    /** The reset's own checks, with the fields named as the client sent them. */
    private static ResetPasswordCommand resetCommand(Reset request) {
        try {
            return new ResetPasswordCommand(request.code(), request.password());
        } catch (AuthException e) {
            if (e.error() instanceof AuthError.InvalidInput(var invalid)) {
                var fields = new LinkedHashMap<String, List<Reason>>();
                invalid.forEach((field, reasons) -> fields.put(RESET_FIELDS.getOrDefault(field, field), reasons));
                throw new AuthError.InvalidInput(fields).exception();
            }
            throw e;
        }
    }

    private static String required(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw AuthError.InvalidInput.of("code", Reason.BLANK).exception();
        }
        return code.strip();
    }
}
