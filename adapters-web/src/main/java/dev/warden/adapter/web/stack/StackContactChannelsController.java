package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.openapi.Formats;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.mail.port.in.EmailVerificationUseCase;
import dev.warden.application.mail.port.in.SendVerificationCodeCommand;
import dev.warden.application.mail.port.in.TokenCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import java.util.Objects;

/**
 * Stack's contact channels (issue 18): a verification mail to the signed-in user's address linking to the client's
 * page, and verifying the address with the code of such a link.
 */
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
    record VerificationCode(@Schema(requiredMode = REQUIRED, pattern = Formats.NOT_BLANK, description = """
                                    The `code` of the verification mail's link (a sign-up with \
                                    `verification_callback_url` links there)""")
                            @Nullable String code) {}

    @Serdeable
    record SendVerificationCode(@Schema(requiredMode = REQUIRED, example = "ada@example.com", format = "email",
                                        pattern = Formats.EMAIL, maxLength = Formats.EMAIL_MAX,
                                        description = "The caller's own address")
                                @Nullable String email,
                                @Schema(requiredMode = REQUIRED, example = "http://localhost:8080/handler/email-verification",
                                        format = "uri", pattern = Formats.HTTP_URL,
                                        description = """
                                                The page the mailed link opens, with `?code=<verification token>`; \
                                                its origin must be the service's or one of \
                                                `AUTH_ALLOWED_CALLBACK_ORIGINS`""")
                                @JsonProperty("callback_url") @Nullable String callbackUrl) {
        static final SendVerificationCode EMPTY = new SendVerificationCode(null, null);
    }

    @Operation(summary = "Mail the caller a verification code", description = """
            What Stack's SDK sends for `user.sendVerificationEmail()`: a verification mail to the caller's own \
            address (which `email` must be) linking to `callback_url` with `?code=<verification token>` (valid 24 \
            hours, single use), for `/api/v1/contact-channels/verify`. An address already verified gets no mail \
            and the same `{"success": true}` (Stack answers `EMAIL_ALREADY_VERIFIED`). Limited per address and per \
            client as `/api/auth/send-verification`.""")
    @StackDocs.AccessToken
    @ApiResponse(responseCode = "200", description = "Sent, or already verified: `{\"success\": true}`")
    @ApiResponse(responseCode = "400", ref = CALLBACK_REFUSED)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACCESS_TOKEN_REFUSED)
    @ApiResponse(responseCode = "404", ref = NOT_THE_CALLERS_ADDRESS)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/send-verification-code")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    StackBodies.Success sendVerificationCode(HttpRequest<?> http, Authentication authentication,
                                             @Body @Nullable SendVerificationCode body) {
        var request = Objects.requireNonNullElse(body, SendVerificationCode.EMPTY);
        verification.sendVerificationCode(SendVerificationCodeCommand.of(Callers.callerOf(authentication).userId(),
                request.email(), request.callbackUrl(), Callers.clientOf(http).address()));
        return new StackBodies.Success(true);
    }

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
