package dev.warden.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.port.in.EmailCommand;
import dev.warden.application.port.in.EmailVerificationUseCase;
import dev.warden.application.port.in.EmailVerificationUseCase.VerificationMail;
import dev.warden.application.port.in.PasswordResetUseCase;
import dev.warden.application.port.in.ResetPasswordCommand;
import dev.warden.application.port.in.TokenCommand;
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

/** Email verification and password reset: the mailed-link flows. */
@Controller("/api/auth")
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
    record EmailRequest(@Nullable String email) {}

    @Serdeable
    record ResetRequest(@Nullable String token, @JsonProperty("new_password") @Nullable String newPassword) {}

    @Post("/send-verification")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MessageResponse sendVerification(HttpRequest<?> http, @Body @Nullable EmailRequest body) {
        var email = body == null ? null : body.email();
        return reply(verification.sendVerification(new EmailCommand(email, Callers.clientOf(http).address())));
    }

    @Post("/resend-verification")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MessageResponse resendVerification(Authentication authentication) {
        return reply(verification.resendVerification(Callers.callerOf(authentication).userId()));
    }

    @Get("/verify-email/{token}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MessageResponse verifyEmail(@PathVariable String token) {
        verification.verifyEmail(new TokenCommand(token));
        return new MessageResponse("Email verified successfully");
    }

    @Post("/forgot-password")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MessageResponse forgotPassword(HttpRequest<?> http, @Body @Nullable EmailRequest body) {
        var email = body == null ? null : body.email();
        reset.forgotPassword(new EmailCommand(email, Callers.clientOf(http).address()));
        return new MessageResponse(FORGOT_REPLY);
    }

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
