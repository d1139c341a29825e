package dev.warden.adapter.web.auth;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.error.ErrorBody;
import dev.warden.adapter.web.error.ErrorCatalogue;
import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.openapi.Formats;
import dev.warden.adapter.web.openapi.WebAuthnSchemas;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.passkey.port.in.ManagePasskeysUseCase;
import dev.warden.application.passkey.port.in.PasskeySignInCommand;
import dev.warden.application.passkey.port.in.PasskeySignInUseCase;
import dev.warden.application.passkey.port.in.RegisterPasskeyCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.passkey.Passkey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Passkeys (WebAuthn, seed 002): a signed-in user registers one (options, then the browser's credential), lists and
 * deletes them; anyone signs in with one (options, then the browser's assertion). The credential JSON is handed to
 * the use case as the browser sent it.
 */
@Controller("/api/auth/passkeys")
@Tag(name = "Passkeys")
@ExecuteOn(TaskExecutors.BLOCKING)
class PasskeyController {
    private final ManagePasskeysUseCase manage;
    private final PasskeySignInUseCase signIn;
    private final JsonMapper json;

    PasskeyController(ManagePasskeysUseCase manage, PasskeySignInUseCase signIn, JsonMapper json) {
        this.manage = manage;
        this.signIn = signIn;
        this.json = json;
    }

    @Serdeable
    record RegisterRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, ref = WebAuthnSchemas.REGISTRATION,
                                   description = "The browser's PublicKeyCredential of `navigator.credentials.create()`"
                                           + " as JSON (RegistrationResponseJSON: `credential.toJSON()`)")
                           @Nullable JsonNode credential,
                           @Schema(example = "Laptop", maxLength = Passkey.MAX_NAME_LENGTH,
                                   description = "Up to 64 characters; `Passkey` when absent")
                           @Nullable String name,
                           @Schema(example = "123456", description = "Required when the account has TOTP enabled: a "
                                   + "code of the authenticator app or a recovery code (a passkey signs in without TOTP)")
                           @Nullable String code) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PasskeyView(@Schema(format = "uuid") String id, String name,
                       @Schema(format = "date-time") @JsonProperty("created_at") String createdAt,
                       @Schema(format = "date-time") @JsonProperty("last_used_at") @Nullable String lastUsedAt) {
        static PasskeyView of(Passkey passkey) {
            return new PasskeyView(passkey.id().toString(), passkey.name(), Replies.timestamp(passkey.createdAt()),
                    passkey.lastUsedAt().map(Replies::timestamp).orElse(null));
        }
    }

    @Serdeable
    record Registered(@Schema(format = "uuid") String id, String name,
                      @Schema(format = "date-time") @JsonProperty("created_at") String createdAt) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PasskeyList(List<PasskeyView> passkeys) {}

    @Serdeable
    record OptionsRequest(@Schema(example = "ada", description = "A username or email: only that account's "
            + "passkeys may answer. Absent: any discoverable passkey") @Nullable String username) {}

    @Serdeable
    record SignInOptions(@JsonProperty("challenge_id") String challengeId, PasskeyOptionsJson.Request options) {}

    @Serdeable
    record SignInRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                 pattern = Formats.NOT_BLANK, description = "`challenge_id` of `/passkeys/login/options`")
                         @JsonProperty("challenge_id") @Nullable String challengeId,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, ref = WebAuthnSchemas.AUTHENTICATION,
                                 description = "The browser's PublicKeyCredential of `navigator.credentials.get()` as "
                                         + "JSON (AuthenticationResponseJSON: `credential.toJSON()`)")
                         @Nullable JsonNode credential) {}

    @Serdeable
    record SignedIn(@JsonProperty("access_token") String accessToken,
                    @JsonProperty("refresh_token") String refreshToken,
                    @JsonProperty("token_type") String tokenType,
                    @JsonProperty("expires_in") long expiresIn,
                    @JsonProperty("user_id") String userId) {}

    @Operation(summary = "Options to register a passkey", description = """
            WebAuthn creation options (PublicKeyCredentialCreationOptionsJSON, base64url) for \
            `navigator.credentials.create()`: the relying party, the caller as user (the handle is the user id's 16 \
            bytes), a challenge (5 minutes, single use), ES256, EdDSA and RS256, the caller's passkeys to exclude, \
            resident key and user verification preferred, no attestation.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The creation options")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = MFA_SETUP_REFUSED)
    @ApiResponse(responseCode = "409", ref = PASSKEY_LIMIT_REACHED)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/register/options")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<PasskeyOptionsJson.Creation> registrationOptions(Authentication authentication) {
        var options = manage.registrationOptions(Callers.callerOf(authentication));
        return Replies.noStore(HttpResponse.ok(PasskeyOptionsJson.Creation.of(options)));
    }

    @Operation(summary = "Register a passkey", description = """
            The browser's credential for the options above. Its client data's challenge must be a live one given to \
            the caller; type, origin (`AUTH_WEBAUTHN_ORIGINS`), relying party id hash, user presence, algorithm and \
            attestation signature are verified. Only the public key and its counter are kept. The caller's email \
            address must be verified; an account with TOTP also sends `code` (a TOTP or recovery code), since a \
            passkey with user verification signs in without TOTP.""")
    @Access.Credentials
    @ApiResponse(responseCode = "201", description = "The passkey")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = PASSKEY_REFUSED)
    @ApiResponse(responseCode = "409", ref = PASSKEY_ALREADY_REGISTERED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/register")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.CREATED)
    Registered register(HttpRequest<?> http, Authentication authentication, @Body @Nullable RegisterRequest body) {
        var request = body == null ? new RegisterRequest(null, null, null) : body;
        var passkey = manage.register(new RegisterPasskeyCommand(Callers.callerOf(authentication),
                text(request.credential()), request.name(), java.util.Optional.ofNullable(request.code()),
                Callers.clientOf(http).address()));
        return new Registered(passkey.id().toString(), passkey.name(), Replies.timestamp(passkey.createdAt()));
    }

    @Operation(summary = "The caller's passkeys", description = "Name and times of each; never key material.")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The passkeys, oldest first")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CREDENTIALS_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PasskeyList list(Authentication authentication) {
        return new PasskeyList(manage.list(Callers.callerOf(authentication)).stream().map(PasskeyView::of).toList());
    }

    /**
     * {@code DELETE /passkeys/login} and {@code /passkeys/register} would be taken for {@code DELETE /passkeys/{id}}
     * (an id that no passkey has): they are routes of POST only, so the answer is the 405 of any other method.
     */
    @Hidden
    @Delete(uris = {"/login", "/register"})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<ErrorBody> deleteOnPostRoute() {
        return ErrorCatalogue.framework(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST");
    }

    @Operation(summary = "Delete one of the caller's passkeys")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Deleted")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CREDENTIALS_REFUSED)
    @ApiResponse(responseCode = "404", ref = PASSKEY_NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MessageResponse delete(Authentication authentication, @Schema(format = "uuid") @PathVariable String id) {
        manage.delete(Callers.callerOf(authentication), Replies.pathId(id, new AuthError.PasskeyNotFound()));
        return new MessageResponse("Passkey deleted");
    }

    @Operation(summary = "Options to sign in with a passkey", description = """
            WebAuthn request options (PublicKeyCredentialRequestOptionsJSON) for `navigator.credentials.get()`, and \
            the `challenge_id` to send back with the assertion (5 minutes, single use). With a `username` (or email), \
            `allowCredentials` lists that account's passkeys (an unknown name gets the same empty list as an account \
            without passkeys, and a challenge no passkey can answer); without one, it is empty and any discoverable \
            passkey may answer. Throttled as `/api/auth/login`.""")
    @ApiResponse(responseCode = "200", description = "The challenge id and the request options")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/login/options")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<SignInOptions> signInOptions(@Body @Nullable OptionsRequest body) {
        var options = signIn.signInOptions(Optional.ofNullable(body).map(OptionsRequest::username));
        return Replies.noStore(HttpResponse.ok(new SignInOptions(options.challengeId(),
                PasskeyOptionsJson.Request.of(options))));
    }

    @Operation(summary = "Sign in with a passkey", description = """
            The challenge id and the browser's assertion. The challenge is spent first; the credential must be \
            registered (and the named account's, when the options named one), the user handle must be its account's, \
            and signature, origin, relying party id hash and user presence must verify; the signature counter must \
            grow unless the authenticator keeps none (a counter going back is refused as a cloned authenticator). \
            With user verification (PIN, biometrics) the passkey is both factors and tokens are issued; without, an \
            account with TOTP enabled answers 401 `Multi-factor authentication required` like a password login. \
            Every verification failure answers 403 `Invalid passkey`.""")
    @ApiResponse(responseCode = "200", description = "The token pair")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = MFA_REQUIRED)
    @ApiResponse(responseCode = "403", ref = PASSKEY_SIGN_IN_REFUSED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<SignedIn> signIn(HttpRequest<?> http, @Body @Nullable SignInRequest body) {
        var request = body == null ? new SignInRequest(null, null) : body;
        var signedIn = signIn.signIn(new PasskeySignInCommand(request.challengeId(), text(request.credential()),
                Callers.clientOf(http)));
        var tokens = signedIn.tokens();
        return Replies.noStore(HttpResponse.ok(new SignedIn(tokens.accessToken(), tokens.refreshToken(), "bearer",
                tokens.accessTokenLifetime().toSeconds(), signedIn.userId().toString())));
    }

    /** The credential as the JSON text the browser sent; null when absent or not an object (a validation error). */
    private @Nullable String text(@Nullable JsonNode credential) {
        if (credential == null || !credential.isObject()) {
            return null;
        }
        try {
            return json.writeValueAsString(credential);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
