package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.openapi.Formats;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.secondfactor.port.in.MfaCompletion;
import dev.warden.application.secondfactor.port.in.VerifyMfaCommand;
import dev.warden.application.secondfactor.port.in.VerifyMfaUseCase;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.error.Reason;
import dev.warden.domain.mfa.MfaChallenge;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/** Stack's second step of a sign-in stopped by MultiFactorAuthenticationRequired, on the TOTP verify use case. */
@Controller("/api/v1/auth/mfa")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class StackMfaController {
    private final VerifyMfaUseCase verify;

    StackMfaController(VerifyMfaUseCase verify) {
        this.verify = verify;
    }

    @Serdeable
    record MfaSignIn(@Schema(example = "totp", description = "Only `totp` (the default)", allowableValues = "totp")
                     @Nullable String type,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "123456",
                             pattern = Formats.NOT_BLANK,
                             description = "A code of the authenticator app, or a recovery code")
                     @Nullable String totp,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.NOT_BLANK,
                             description = "`details.attempt_code` of the MultiFactorAuthenticationRequired error")
                     @Nullable String code) {}

    /** The use case's own checks, with the fields named as the client sent them. */
    private static VerifyMfaCommand command(MfaSignIn request, HttpRequest<?> http) {
        try {
            return new VerifyMfaCommand(request.code(), request.totp(), Callers.clientOf(http).address(),
                    Set.of(MfaChallenge.Purpose.TOKENS));
        } catch (AuthException e) {
            if (e.error() instanceof AuthError.InvalidInput invalid) {
                var fields = new LinkedHashMap<String, List<Reason>>();
                invalid.fields().forEach((field, reasons) ->
                        fields.put(field.equals("mfa_token") ? "code" : field.equals("code") ? "totp" : field, reasons));
                throw new AuthError.InvalidInput(fields).exception();
            }
            throw e;
        }
    }

    @Operation(summary = "Finish a sign-in with the second factor", description = """
            The attempt code of the `MultiFactorAuthenticationRequired` error (`details.attempt_code`, also \
            `mfa_token`) and a code of the authenticator (accepted once, ±30 s) or a recovery code (single use). \
            Answers the token pair. The attempt code lives 5 minutes, works once and dies after 5 wrong codes; throttled as sign-in.""")
    @ApiResponse(responseCode = "200", description = "The token pair and the account's id")
    @ApiResponse(responseCode = "400", ref = MALFORMED)
    @ApiResponse(responseCode = "403", ref = TOTP_CODE_REFUSED)
    @ApiResponse(responseCode = "404", ref = SDK_CODE_NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/sign-in")
    HttpResponse<StackBodies.Tokens> signIn(HttpRequest<?> http, @Body @Nullable MfaSignIn body) {
        var request = body == null ? new MfaSignIn(null, null, null) : body;
        if (request.type() != null && !request.type().equals("totp")) {
            throw AuthError.InvalidInput.of("type", new Reason.OneOf(List.of("totp"))).exception();
        }
        // only logins that end in a token pair: a session or legacy login of /api/auth is finished there
        var done = (MfaCompletion.Tokens) verify.verify(command(request, http));
        return Replies.okNoStore(new StackBodies.Tokens(done.tokens().accessToken(), done.tokens().refreshToken(),
                done.userId().toString()));
    }
}
