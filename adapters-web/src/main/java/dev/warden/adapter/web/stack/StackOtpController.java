package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.mail.port.in.OtpSignInCommand;
import dev.warden.application.mail.port.in.OtpSignInUseCase;
import dev.warden.application.mail.port.in.SendSignInCodeCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;

/** Stack's sign-in by a mailed code (seed 002), on the passwordless use case of {@code /api/auth/otp}. */
@Controller("/api/v1/auth/otp")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class StackOtpController {
    private final OtpSignInUseCase otp;

    StackOtpController(OtpSignInUseCase otp) {
        this.otp = otp;
    }

    @Operation(summary = "Mail a sign-in code", description = """
            As `/api/auth/otp/send-sign-in-code`: six digits and a link to `callback_url` (whose origin must be \
            the service's or an allowed one); the nonce, the same reply whether or not an account has the address.""")
    @ApiResponse(responseCode = "200", description = "The nonce")
    @ApiResponse(responseCode = "400", ref = CALLBACK_REFUSED)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/send-sign-in-code")
    StackBodies.Nonce send(HttpRequest<?> http, @Body @Nullable StackBodies.SendCode body) {
        var request = Objects.requireNonNullElse(body, StackBodies.SendCode.EMPTY);
        return new StackBodies.Nonce(otp.sendSignInCode(SendSignInCodeCommand.of(request.email(),
                request.callbackUrl(), Callers.clientOf(http).address())));
    }

    @Operation(summary = "Sign in with a mailed code", description = """
            The six digits followed by the nonce. An address without an account gets one, with its email \
            verified and no password (`is_new_user: true`).""")
    @ApiResponse(responseCode = "200", description = "The token pair, the account's id, and whether it is new")
    @ApiResponse(responseCode = "400", ref = MALFORMED)
    @ApiResponse(responseCode = "401", ref = MFA_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CODE_REFUSED)
    @ApiResponse(responseCode = "404", ref = SDK_CODE_NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/sign-in")
    HttpResponse<StackBodies.OtpTokens> signIn(HttpRequest<?> http, @Body @Nullable StackBodies.Code body) {
        var signedIn = otp.signIn(new OtpSignInCommand(body == null ? null : body.code(), Callers.clientOf(http)));
        var pair = signedIn.tokens();
        return Replies.okNoStore(new StackBodies.OtpTokens(pair.accessToken(), pair.refreshToken(),
                signedIn.userId().toString(), signedIn.newUser()));
    }
}
