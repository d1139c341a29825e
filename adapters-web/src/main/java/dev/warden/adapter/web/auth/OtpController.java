package dev.warden.adapter.web.auth;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.openapi.Formats;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Passwordless sign-in by a code mailed to the address (seed 002): send the code, then sign in with it. */
@Controller("/api/auth/otp")
@Tag(name = "Passwordless")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class OtpController {
    private final OtpSignInUseCase otp;

    OtpController(OtpSignInUseCase otp) {
        this.otp = otp;
    }

    @Serdeable
    record SendRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ada@example.com",
                               format = "email", pattern = Formats.EMAIL, maxLength = Formats.EMAIL_MAX)
                       @Nullable String email,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "http://localhost:8080/verify-otp",
                               format = "uri", pattern = Formats.HTTP_URL,
                               description = "The page the mailed link opens, with `?code=<digits><nonce>`; its "
                                       + "origin must be the service's or one of `AUTH_ALLOWED_CALLBACK_ORIGINS`")
                       @JsonProperty("callback_url") @Nullable String callbackUrl) {}

    @Serdeable
    record Nonce(@Schema(description = "Keep it: the mailed six digits followed by it sign in") String nonce) {}

    @Serdeable
    record SignInRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.NOT_BLANK,
                                 description = "The six mailed digits followed by the nonce") @Nullable String code) {}

    @Serdeable
    record SignedIn(@JsonProperty("access_token") String accessToken,
                    @JsonProperty("refresh_token") String refreshToken,
                    @JsonProperty("token_type") String tokenType,
                    @JsonProperty("expires_in") long expiresIn,
                    @JsonProperty("user_id") String userId,
                    @JsonProperty("is_new_user") boolean newUser) {}

    @Operation(summary = "Mail a sign-in code", description = """
            Mails six digits, and a link to `callback_url` that carries them with the nonce; answers the nonce. \
            The same reply whether or not an account has the address. The code lives 10 minutes, works once and \
            dies after 5 wrong tries. Limited per address and per client.""")
    @ApiResponse(responseCode = "200", description = "The nonce")
    @ApiResponse(responseCode = "400", ref = CALLBACK_REFUSED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/send-sign-in-code")
    Nonce send(HttpRequest<?> http, @Body @Nullable SendRequest body) {
        var request = body == null ? new SendRequest(null, null) : body;
        return new Nonce(otp.sendSignInCode(SendSignInCodeCommand.of(request.email(), request.callbackUrl(),
                Callers.clientOf(http).address())));
    }

    @Operation(summary = "Sign in with a mailed code", description = """
            The six digits followed by the nonce. An address without an account gets one, with its email \
            verified and no password (`is_new_user: true`).""")
    @ApiResponse(responseCode = "200", description = "The token pair")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = MFA_REQUIRED)
    @ApiResponse(responseCode = "403", ref = SIGN_IN_CODE_REFUSED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/sign-in")
    HttpResponse<SignedIn> signIn(HttpRequest<?> http, @Body @Nullable SignInRequest body) {
        var signedIn = otp.signIn(new OtpSignInCommand(body == null ? null : body.code(), Callers.clientOf(http)));
        var tokens = signedIn.tokens();
        return Replies.okNoStore(new SignedIn(tokens.accessToken(), tokens.refreshToken(), "bearer",
                tokens.accessTokenLifetime().toSeconds(), signedIn.userId().toString(), signedIn.newUser()));
    }
}
