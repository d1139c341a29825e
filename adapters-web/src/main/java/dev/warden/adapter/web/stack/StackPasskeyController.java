package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.auth.PasskeyOptionsJson;
import dev.warden.adapter.web.openapi.Formats;
import dev.warden.adapter.web.openapi.WebAuthnSchemas;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.passkey.port.in.ManagePasskeysUseCase;
import dev.warden.application.passkey.port.in.PasskeySignInCommand;
import dev.warden.application.passkey.port.in.PasskeySignInUseCase;
import dev.warden.application.passkey.port.in.RegisterPasskeyCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Optional;

/**
 * Stack's passkeys, as its SDK's {@code user.registerPasskey()} and {@code app.signInWithPasskey()} call them, on the
 * passkey use cases of {@code /api/auth/passkeys}. The SDK fills the relying party id in itself (the app page's
 * host name) where the options say {@link #RP_ID_PLACEHOLDER}; the service checks the answer against its own
 * {@code AUTH_WEBAUTHN_RP_ID} and {@code AUTH_WEBAUTHN_ORIGINS}, so those must be the app's.
 */
@Controller("/api/v1/auth/passkey")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
class StackPasskeyController {
    /** What the SDK asserts the options hold, and replaces with the page's host name. */
    static final String RP_ID_PLACEHOLDER = "THIS_VALUE_WILL_BE_REPLACED.example.com";

    private final ManagePasskeysUseCase manage;
    private final PasskeySignInUseCase signIn;
    private final JsonMapper json;

    StackPasskeyController(ManagePasskeysUseCase manage, PasskeySignInUseCase signIn, JsonMapper json) {
        this.manage = manage;
        this.signIn = signIn;
        this.json = json;
    }

    @Serdeable
    record CreationOptions(@JsonProperty("options_json") PasskeyOptionsJson.Creation options,
                           @Schema(description = "Send it back with the credential (the challenge, base64url)")
                           String code) {}

    @Serdeable
    record RequestOptions(@JsonProperty("options_json") PasskeyOptionsJson.Request options,
                          @Schema(description = "Send it back with the assertion") String code) {}

    @Serdeable
    record Register(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, ref = WebAuthnSchemas.REGISTRATION,
                            description = "The browser's RegistrationResponseJSON")
                    @Nullable JsonNode credential,
                    @Schema(description = "`code` of the options (the credential names its challenge itself)")
                    @Nullable String code) {}

    @Serdeable
    record SignIn(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, ref = WebAuthnSchemas.AUTHENTICATION,
                          description = "The browser's AuthenticationResponseJSON")
                  @JsonProperty("authentication_response") @Nullable JsonNode authenticationResponse,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.NOT_BLANK,
                          description = "`code` of the options")
                  @Nullable String code) {}

    @Operation(summary = "Options to register a passkey", description = """
            The creation options of `/api/auth/passkeys/register/options` as `options_json`, with the relying party \
            id left for the SDK to fill in, and their challenge as `code`.""")
    @StackDocs.AccessToken
    @ApiResponse(responseCode = "200", description = "The options")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACCESS_TOKEN_REFUSED)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @RequestBody(required = false, description = ANY_BODY, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @Post("/initiate-passkey-registration")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<CreationOptions> registrationOptions(Authentication authentication) {
        var options = manage.registrationOptions(Callers.callerOf(authentication));
        return Replies.okNoStore(new CreationOptions(PasskeyOptionsJson.Creation.of(options)
                .withRpId(RP_ID_PLACEHOLDER), Base64.getUrlEncoder().withoutPadding().encodeToString(
                options.challenge())));
    }

    @Operation(summary = "Register a passkey", description = """
            The browser's credential for the options above, verified and stored as `/api/auth/passkeys/register` \
            does it (the caller's email address must be verified; an account with TOTP registers passkeys on \
            `/api/auth/passkeys/register`, which takes its code).""")
    @StackDocs.AccessToken
    @ApiResponse(responseCode = "200", description = "The passkey is stored")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = PASSKEY_REFUSED)
    @ApiResponse(responseCode = "409", ref = PASSKEY_CONFLICT)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/register")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    StackBodies.Success register(HttpRequest<?> http, Authentication authentication,
                                 @Body @Nullable Register body) {
        manage.register(new RegisterPasskeyCommand(Callers.callerOf(authentication),
                text(body == null ? null : body.credential()), null, Optional.empty(), Callers.clientOf(http).address()));
        return new StackBodies.Success(true);
    }

    @Operation(summary = "Options to sign in with a passkey", description = """
            The request options of `/api/auth/passkeys/login/options` for any discoverable passkey, with the relying \
            party id left for the SDK to fill in, and the id of their challenge as `code`.""")
    @ApiResponse(responseCode = "200", description = "The options")
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @RequestBody(required = false, description = ANY_BODY, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @Post("/initiate-passkey-authentication")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<RequestOptions> signInOptions() {
        var options = signIn.signInOptions(Optional.empty());
        return Replies.okNoStore(new RequestOptions(PasskeyOptionsJson.Request.of(options)
                .withRpId(RP_ID_PLACEHOLDER), options.challengeId()));
    }

    @Operation(summary = "Sign in with a passkey", description = """
            The browser's assertion for the options above, verified as `/api/auth/passkeys/login` does it; answers \
            the token pair. A passkey that did not verify the user, on an account with TOTP, gets \
            `MultiFactorAuthenticationRequired`.""")
    @ApiResponse(responseCode = "200", description = "The token pair and the account's id")
    @ApiResponse(responseCode = "401", ref = MFA_REQUIRED)
    @ApiResponse(responseCode = "403", ref = PASSKEY_REFUSED)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/sign-in")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<StackBodies.OtpTokens> signIn(HttpRequest<?> http, @Body @Nullable SignIn body) {
        var request = body == null ? new SignIn(null, null) : body;
        var done = signIn.signIn(new PasskeySignInCommand(request.code(), text(request.authenticationResponse()),
                Callers.clientOf(http)));
        return Replies.okNoStore(new StackBodies.OtpTokens(done.tokens().accessToken(), done.tokens().refreshToken(),
                done.userId().toString(), false));
    }

    private @Nullable String text(@Nullable JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
