package dev.warden.adapter.web.auth;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.legacy.LegacyReplies;
import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.openapi.Formats;
import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.SessionCookies;
import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.application.secondfactor.port.in.ManageTotpUseCase;
import dev.warden.application.secondfactor.port.in.MfaCompletion;
import dev.warden.application.secondfactor.port.in.SecondFactorCommand;
import dev.warden.application.secondfactor.port.in.VerifyMfaCommand;
import dev.warden.application.secondfactor.port.in.VerifyMfaUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.Base64;
import java.util.List;

/**
 * TOTP multi-factor (seed 002): a signed-in user sets up an authenticator, enables it with a first code (and gets
 * recovery codes), and disables it; a login that answered "Multi-factor authentication required" is finished here.
 */
@Controller("/api/auth/mfa/totp")
@Tag(name = "Multi-factor")
@ExecuteOn(TaskExecutors.BLOCKING)
class MfaController {
    private final ManageTotpUseCase totp;
    private final VerifyMfaUseCase verify;
    private final SessionCookies cookies;
    private final PreviousSession previous;

    MfaController(ManageTotpUseCase totp, VerifyMfaUseCase verify, SessionCookies cookies,
                  PreviousSession previous) {
        this.previous = previous;
        this.totp = totp;
        this.verify = verify;
        this.cookies = cookies;
    }

    @Serdeable
    record Setup(@Schema(description = "The shared secret, base 32 (RFC 4648), for typing into an app") String secret,
                 @Schema(description = "otpauth://totp/... (SHA1, 6 digits, 30 s) for an authenticator app",
                         example = "otpauth://totp/Warden%3Aada?secret=JBSWY3DPEHPK3PXP&issuer=Warden"
                                 + "&algorithm=SHA1&digits=6&period=30")
                 @JsonProperty("otpauth_uri") String otpauthUri,
                 @Schema(description = "The same URI as a QR code: a PNG image in a data: URI")
                 @JsonProperty("qr_code") String qrCode) {}

    @Serdeable
    record CodeRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "123456", pattern = Formats.NOT_BLANK,
                               description = "A code from the authenticator app (or, to disable, a recovery code)")
                       @Nullable String code) {}

    @Serdeable
    record RecoveryCodes(@Schema(description = "Ten single-use codes, shown this once; keep them safe")
                         @JsonProperty("recovery_codes") List<String> recoveryCodes) {}

    @Serdeable
    record VerifyRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.NOT_BLANK,
                                 description = "`extra.mfa_token` of the 401 that stopped the login")
                         @JsonProperty("mfa_token") @Nullable String mfaToken,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "123456",
                                 pattern = Formats.NOT_BLANK,
                                 description = "A code from the authenticator app, or a recovery code")
                         @Nullable String code) {}

    @Serdeable
    record Verified(@JsonProperty("access_token") String accessToken,
                    @JsonProperty("refresh_token") String refreshToken,
                    @JsonProperty("token_type") String tokenType,
                    @JsonProperty("expires_in") long expiresIn,
                    @JsonProperty("user_id") String userId) {}

    @Operation(summary = "Set up a TOTP authenticator", description = """
            A new secret, its `otpauth://` URI and a QR code of it, for an authenticator app (RFC 6238: SHA1, 6 \
            digits, 30 seconds). Nothing is asked at login until `/enable` proves a first code; a new set-up \
            replaces one not yet enabled. The secret is stored encrypted.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The secret and its URI")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = MFA_SETUP_REFUSED)
    @ApiResponse(responseCode = "409", ref = MFA_STATE_CONFLICT)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/setup")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Setup> setup(Authentication authentication) {
        var setup = totp.setup(Callers.callerOf(authentication));
        var qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(setup.qrPng());
        return Replies.noStore(HttpResponse.ok(new Setup(setup.secret(), setup.otpauthUri(), qr)));
    }

    @Operation(summary = "Enable TOTP with a first code", description = """
            A code from the app proves it holds the secret of `/setup`. From now on every login by password, \
            mailed code or identity provider answers 401 `Multi-factor authentication required` until \
            `/verify`. Answers ten single-use recovery codes, shown this once.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The recovery codes")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = TOTP_CODE_REFUSED)
    @ApiResponse(responseCode = "409", ref = MFA_STATE_CONFLICT)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/enable")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<RecoveryCodes> enable(HttpRequest<?> http, Authentication authentication,
                                       @Body @Nullable CodeRequest body) {
        var codes = totp.enable(command(http, authentication, body));
        return Replies.noStore(HttpResponse.ok(new RecoveryCodes(codes)));
    }

    @Operation(summary = "Disable TOTP", description = """
            With a code from the app or a recovery code; the recovery codes die with it.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Disabled")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = TOTP_CODE_REFUSED)
    @ApiResponse(responseCode = "409", ref = MFA_STATE_CONFLICT)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/disable")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MessageResponse disable(HttpRequest<?> http, Authentication authentication, @Body @Nullable CodeRequest body) {
        totp.disable(command(http, authentication, body));
        return new MessageResponse("Multi-factor authentication disabled");
    }

    @Operation(summary = "Finish a login with the second factor", description = """
            The `mfa_token` of the 401 and a code from the app (accepted once, ±30 s of clock skew) or a recovery \
            code (single use). Answers what the stopped login would have: the token pair (with `user_id`), the \
            session cookie for `/session/login`, the legacy reply for the legacy `/auth/login`. The token lives \
            5 minutes, works once and dies after 5 wrong codes; wrong codes also count toward the account's \
            lockout. Throttled as `/api/auth/login`.""")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "403", ref = TOTP_CODE_REFUSED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/verify")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> verify(HttpRequest<?> http, @Body @Nullable VerifyRequest body) {
        var request = body == null ? new VerifyRequest(null, null) : body;
        var completion = verify.verify(new VerifyMfaCommand(request.mfaToken(), request.code(),
                Callers.clientOf(http).address()));
        return switch (completion) {
            case MfaCompletion.Tokens done -> Replies.noStore(HttpResponse.ok(new Verified(done.tokens().accessToken(),
                    done.tokens().refreshToken(), "bearer", done.tokens().accessTokenLifetime().toSeconds(),
                    done.userId().toString())));
            case MfaCompletion.SessionOpened done -> {
                previous.end(http);
                yield HttpResponse.ok(new MessageResponse("Successfully logged in"))
                        .cookie(cookies.issue(done.ticket().secret(), done.ticket().lifetime()));
            }
            case MfaCompletion.LegacyTokenIssued done ->
                    Replies.noStore(HttpResponse.ok(LegacyReplies.Form.of(new LegacyFormResult.Issued(done.token()))));
        };
    }

    private static SecondFactorCommand command(HttpRequest<?> http, Authentication authentication,
                                               @Nullable CodeRequest body) {
        return new SecondFactorCommand(Callers.callerOf(authentication), body == null ? null : body.code(),
                Callers.clientOf(http).address());
    }
}
