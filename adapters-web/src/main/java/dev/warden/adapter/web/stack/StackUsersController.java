package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import dev.warden.adapter.web.security.Callers;
import dev.warden.application.selfservice.port.in.Profile;
import dev.warden.application.selfservice.port.in.ProfileUseCase;
import dev.warden.application.selfservice.port.in.UpdateProfileCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.error.Reason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stack's current user (seed 002, and the fields Stack's JS SDK maps), read and changed through the profile. */
@Controller("/api/v1/users")
@SecurityScheme(name = SCHEME, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "x-stack-access-token",
        description = "An access token from `/api/v1/auth/password/sign-in` (or sign-up, OTP sign-in, refresh); "
                + "only on `/api/v1`, where no other credential counts.")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class StackUsersController {
    private final ProfileUseCase profiles;
    private final JsonMapper json;

    StackUsersController(ProfileUseCase profiles, JsonMapper json) {
        this.profiles = profiles;
        this.json = json;
    }

    /** The profile in Stack's fields, with its client metadata as the JSON it was stored as. */
    private StackBodies.StackUser body(Profile profile) {
        try {
            var metadata = json.readValue(profile.clientMetadata().orElse(UpdateProfileCommand.NO_METADATA),
                    JsonNode.class);
            return StackBodies.StackUser.of(profile, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("stored client metadata is not JSON", e);
        }
    }

    /** The metadata as the service stores it: compact JSON, as this mapper writes it. */
    private String compact(JsonNode metadata) {
        try {
            return json.writeValueAsString(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "The current user", description = "The account of the `x-stack-access-token`, in Stack's fields.")
    @StackDocs.AccessToken
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACCESS_TOKEN_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get("/me")
    StackBodies.StackUser me(Authentication authentication) {
        return body(profiles.profile(Callers.callerOf(authentication)));
    }

    @Operation(summary = "Change the current user", description = """
            What Stack's SDK sends for `user.update(...)`: the keys present are changed, all or none; missing keys \
            stay as they are. The display name, a TOTP secret and the client metadata are changed; the other keys \
            accept only the value they have (see each). Every key the body gets wrong (a wrong JSON type, a key it \
            does not have, a value it cannot change) is listed in one 422, then, in another, what the account \
            refuses (removing TOTP, another passkey state or address); nothing changes on a refusal. Answers the \
            user.""")
    @StackDocs.AccessToken
    @ApiResponse(responseCode = "200", description = "The user, as changed")
    @ApiResponse(responseCode = "400", ref = MALFORMED)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACCESS_TOKEN_REFUSED)
    @ApiResponse(responseCode = "409", ref = MFA_ALREADY_ENABLED)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Patch("/me")
    StackBodies.StackUser update(Authentication authentication, HttpRequest<?> http,
                                 @RequestBody(required = true, content = @Content(
                                         schema = @Schema(ref = "#/components/schemas/StackUserUpdate")))
                                 @Body @Nullable JsonNode body) {
        var command = UpdateProfileCommand.of(Callers.callerOf(authentication), Callers.clientOf(http).address());
        return body(profiles.update(read(command, body)));
    }

    /** The command of the keys of {@code body}, or InvalidInput with every key refused. */
    private UpdateProfileCommand read(UpdateProfileCommand command, @Nullable JsonNode body) {
        if (body == null || !body.isObject()) {
            throw AuthError.InvalidInput.of("body", new Reason.Type("object")).exception();
        }
        var refused = new LinkedHashMap<String, List<Reason>>();
        for (Map.Entry<String, JsonNode> entry : body.entries()) {
            var key = entry.getKey();
            var value = entry.getValue();
            try {
                command = switch (key) {
                    case UpdateProfileCommand.DISPLAY_NAME -> command.withDisplayName(text(value));
                    case UpdateProfileCommand.TOTP_SECRET -> command.withTotpSecret(text(value));
                    case UpdateProfileCommand.PASSKEYS -> command.withPasskeys(bool(value));
                    case UpdateProfileCommand.EMAIL -> {
                        var address = text(value);
                        if (address == null) {
                            throw refusal(Reason.UNCHANGEABLE); // an account always has an address
                        }
                        yield command.withEmail(address);
                    }
                    case "otp_auth_enabled" -> only(command, bool(value), true);
                    case "profile_image_url", "selected_team_id" -> only(command, text(value), null);
                    case UpdateProfileCommand.CLIENT_METADATA -> {
                        if (!value.isNull() && !value.isObject()) {
                            throw refusal(new Reason.Type("object"));
                        }
                        yield command.withClientMetadata(value.isNull() ? null : compact(value));
                    }
                    default -> throw refusal(Reason.UNKNOWN_FIELD);
                };
            } catch (AuthException e) {
                if (!(e.error() instanceof AuthError.InvalidInput invalid)) {
                    throw e;
                }
                invalid.fields().values().forEach(reasons -> refused.put(key, reasons));
            }
        }
        if (!refused.isEmpty()) {
            throw new AuthError.InvalidInput(refused).exception();
        }
        return command;
    }

    /** The key's value as the service has it: the command unchanged; any other value is Unchangeable. */
    private static UpdateProfileCommand only(UpdateProfileCommand command, @Nullable Object value,
                                             @Nullable Object current) {
        if (!java.util.Objects.equals(value, current)) {
            throw refusal(Reason.UNCHANGEABLE);
        }
        return command;
    }

    private static @Nullable String text(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw refusal(new Reason.Type("string"));
        }
        return value.getStringValue();
    }

    private static boolean bool(JsonNode value) {
        if (!value.isBoolean()) {
            throw refusal(new Reason.Type("boolean"));
        }
        return value.getBooleanValue();
    }

    /** A refusal of the key being read (its name is the loop's). */
    private static AuthException refusal(Reason reason) {
        return AuthError.InvalidInput.of("key", reason).exception();
    }
}
