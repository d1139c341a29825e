package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.warden.application.mail.port.in.EmailVerificationUseCase;
import dev.warden.application.mail.port.in.TokenCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import io.micronaut.core.annotation.Nullable;
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

/** Stack's contact channels (issue 18): verifying the address with the code of the mailed link. */
@Controller("/api/v1/contact-channels")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class StackContactChannelsController {
    private final EmailVerificationUseCase verification;

    StackContactChannelsController(EmailVerificationUseCase verification) {
        this.verification = verification;
    }

    @Serdeable
    record VerificationCode(@Schema(requiredMode = REQUIRED, description = """
                                    The `code` of the verification mail's link (a sign-up with \
                                    `verification_callback_url` links there)""")
                            @Nullable String code) {}

    @Operation(summary = "Verify an email address with a mailed code", description = """
            As `/api/auth/verify-email/{token}`: marks the address verified; the code works once (valid 24 hours, \
            and only while the account still has the address it was sent to).""")
    @ApiResponse(responseCode = "200", description = "Verified: `{\"success\": true}`")
    @ApiResponse(responseCode = "400", ref = MALFORMED)
    @ApiResponse(responseCode = "403", ref = VERIFICATION_CODE_REFUSED)
    @ApiResponse(responseCode = "404", ref = VERIFIED_USER_NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/verify")
    StackBodies.Success verify(@Body @Nullable VerificationCode body) {
        var code = body == null ? null : body.code();
        if (code == null || code.isBlank()) {
            throw AuthError.InvalidInput.of("code", Reason.BLANK).exception();
        }
        verification.verifyEmail(new TokenCommand(code.strip()));
        return new StackBodies.Success(true);
    }
}
