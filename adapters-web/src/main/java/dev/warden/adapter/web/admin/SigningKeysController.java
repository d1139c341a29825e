package dev.warden.adapter.web.admin;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.Guarded;
import dev.warden.application.admin.port.in.Actor;
import dev.warden.application.signingkey.port.in.RotateSigningKeyUseCase;
import dev.warden.domain.guard.Guard;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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

/** The keys that sign access tokens: administrators replace the one in use. */
@Controller("/api/admin/signing-keys")
@Tag(name = "Administration")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SigningKeysController {
    private final RotateSigningKeyUseCase rotation;

    SigningKeysController(RotateSigningKeyUseCase rotation) {
        this.rotation = rotation;
    }

    @Serdeable
    record Rotated(@Schema(description = "The id (`kid`) of the key that signs from now on") String kid,
                   @Schema(format = "date-time") @JsonProperty("created_at") String createdAt,
                   @Schema(description = "The key it replaces, still published and verifying its tokens")
                   @JsonProperty("previous_kid") @Nullable String previousKid,
                   @Schema(format = "date-time",
                           description = "When the replaced key leaves the key set: its last tokens are over")
                   @JsonProperty("previous_retires_at") @Nullable String previousRetiresAt) {
    }

    @Operation(summary = "Replace the token signing key now (administrators)", description = """
            A new key signs every access token from now on, on every instance (the others learn of it within \
            seconds, and accept its tokens at once). The key it replaces stays in the key set \
            (`/.well-known/jwks.json`) and verifies the tokens it signed until they are over (the access TTL, \
            and a few minutes); a token it signs after a minute is refused. Keys are also replaced every \
            `AUTH_TOKENS_KEY_ROTATION` by themselves. Recorded in the audit trail.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The new key")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ADMINISTRATOR_REQUIRED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/rotate")
    @Guarded(Guard.ADMIN)
    Rotated rotate(HttpRequest<?> http, Authentication authentication) {
        var rotated = rotation.rotate(new Actor(Callers.callerOf(authentication).userId(),
                Callers.clientOf(http).address()));
        return new Rotated(rotated.keyId(), Replies.timestamp(rotated.createdAt()),
                rotated.previousKeyId().orElse(null), rotated.previousRetiresAt().map(Replies::timestamp).orElse(null));
    }
}
