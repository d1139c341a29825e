package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.openapi.Formats;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.selfservice.port.in.ChangePasswordCommand;
import dev.warden.application.selfservice.port.in.ChangePasswordUseCase;
import dev.warden.application.selfservice.port.in.Reauthentication;
import dev.warden.domain.error.Required;
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

/** Stack's password update for the signed-in user (issue 18), on the password change of {@code /api/auth}. */
@Controller("/api/v1/auth/password")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class StackPasswordUpdateController {
    private final ChangePasswordUseCase changePassword;

    StackPasswordUpdateController(ChangePasswordUseCase changePassword) {
        this.changePassword = changePassword;
    }

    @Serdeable
    record Update(@Schema(requiredMode = REQUIRED, format = "password", example = "secure_password_123", minLength = 1)
                  @JsonProperty("old_password") @Nullable String oldPassword,
                  @Schema(requiredMode = REQUIRED, format = "password", example = "An0ther-Long-Secret",
                          minLength = Formats.PASSWORD_MIN, maxLength = Formats.PASSWORD_MAX)
                  @JsonProperty("new_password") @Nullable String newPassword) {
        static final Update EMPTY = new Update(null, null);
    }

    @Operation(summary = "Change the password", description = """
            The password change of `/api/auth/password/change`, with the current password as `old_password`. A \
            wrong one is refused (`IncorrectPassword`, 403) and counts as a failed login of the account, under the \
            same lockout; a new password that the policy of registration refuses is `PasswordRequirementsNotMet` \
            (403, `details.reasons`); either way nothing changes. An account with TOTP enabled cannot change its \
            password here (Stack's body has no field for the code: 422 on `code`); it does so on `/api/auth`. On \
            success every **other** session of the account ends: its other refresh token families (with their \
            access tokens), cookie sessions and legacy tokens; the session of this access token stays signed in. \
            Pending reset links and email changes die, and the owner is mailed at the account's address.""")
    @StackDocs.AccessToken
    @ApiResponse(responseCode = "200", description = "Changed: `{\"success\": true}`")
    @ApiResponse(responseCode = "400", ref = MALFORMED)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = PASSWORD_UPDATE_REFUSED)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/update")
    StackBodies.Success update(HttpRequest<?> http, Authentication authentication, @Body @Nullable Update body) {
        var request = Objects.requireNonNullElse(body, Update.EMPTY);
        // Stack's body always has both (an account that has no password uses /api/auth/password/change): missing,
        // either is the body's fault, whatever the account
        Required.fields().secret("old_password", request.oldPassword()).secret("new_password", request.newPassword())
                .check();
        changePassword.changePassword(new ChangePasswordCommand(Callers.callerOf(authentication),
                Reauthentication.of(request.oldPassword(), "old_password", null), request.newPassword(),
                Callers.clientOf(http).address()));
        return new StackBodies.Success(true);
    }
}
