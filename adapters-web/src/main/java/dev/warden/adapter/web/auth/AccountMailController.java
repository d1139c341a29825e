package dev.warden.adapter.web.auth;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.openapi.Formats;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.mail.port.in.EmailCommand;
import dev.warden.application.mail.port.in.EmailVerificationUseCase.VerificationMail;
import dev.warden.application.mail.port.in.EmailVerificationUseCase;
import dev.warden.application.mail.port.in.PasswordResetUseCase;
import dev.warden.application.mail.port.in.ResetPasswordCommand;
import dev.warden.application.mail.port.in.TokenCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Email verification and password reset: the mailed-link flows. */
@Controller("/api/auth")
@Tag(name = "Email")
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountMailController {
    static final String FORGOT_REPLY = "If an account exists with this email, you will receive a password reset link";

    private final EmailVerificationUseCase verification;
    private final PasswordResetUseCase reset;

    AccountMailController(EmailVerificationUseCase verification, PasswordResetUseCase reset) {
        this.verification = verification;
        this.reset = reset;
    }

    @Serdeable
    record EmailRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "alice@example.com",
                                format = "email", pattern = Formats.EMAIL, maxLength = Formats.EMAIL_MAX)
                        @Nullable String email) {}

    @Serdeable
    record ResetRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The token of the mailed link",
                                pattern = Formats.NOT_BLANK) @Nullable String token,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "password",
                                minLength = Formats.PASSWORD_MIN, maxLength = Formats.PASSWORD_MAX)
                        @JsonProperty("new_password") @Nullable String newPassword) {}

    @Operation(summary = "Mail a verification link", description = """
            Mails a link that verifies the address (valid 24 hours, single use). An address already verified \
            answers `Email already verified`. Limited per address and per client.""")
    @ApiResponse(responseCode = "200", description = "Sent, or already verified")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "404", ref = USER_NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/send-verification")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MessageResponse sendVerification(HttpRequest<?> http, @Body @Nullable EmailRequest body) {
        var email = body == null ? null : body.email();
        return reply(verification.sendVerification(new EmailCommand(email, Callers.clientOf(http).address())));
    }

    @Operation(summary = "Mail the caller a new verification link")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Sent, or already verified")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CREDENTIALS_REFUSED)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/resend-verification")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MessageResponse resendVerification(Authentication authentication) {
        return reply(verification.resendVerification(Callers.callerOf(authentication).userId()));
    }

    @Operation(summary = "Verify an email address", description = """
            The target of the mailed link.""")
    @ApiResponse(responseCode = "200", description = "Verified")
    @ApiResponse(responseCode = "403", ref = INVALID_VERIFICATION_TOKEN)
    @ApiResponse(responseCode = "404", ref = USER_NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get("/verify-email/{token}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MessageResponse verifyEmail(@PathVariable String token) {
        verification.verifyEmail(new TokenCommand(token));
        return new MessageResponse("Email verified successfully");
    }

    @Operation(summary = "Mail a password reset link", description = """
            The same reply whether or not an account has the address; the link is valid 1 hour, single use.""")
    @ApiResponse(responseCode = "200", description = "Accepted")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/forgot-password")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MessageResponse forgotPassword(HttpRequest<?> http, @Body @Nullable EmailRequest body) {
        var email = body == null ? null : body.email();
        reset.forgotPassword(new EmailCommand(email, Callers.clientOf(http).address()));
        return new MessageResponse(FORGOT_REPLY);
    }

    @Operation(summary = "Set a new password with a reset token", description = """
            A successful reset revokes every refresh token, session and legacy token of the user.""")
    @ApiResponse(responseCode = "200", description = "Reset")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "403", ref = RESET_REFUSED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/reset-password")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MessageResponse resetPassword(@Body @Nullable ResetRequest body) {
        var request = body == null ? new ResetRequest(null, null) : body;
        reset.resetPassword(new ResetPasswordCommand(request.token(), request.newPassword()));
        return new MessageResponse("Password reset successfully");
    }

    private static MessageResponse reply(VerificationMail outcome) {
        return new MessageResponse(switch (outcome) {
            case SENT -> "Verification email sent";
            case ALREADY_VERIFIED -> "Email already verified";
        });
    }
}
