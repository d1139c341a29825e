package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import dev.warden.adapter.web.security.Callers;
import dev.warden.application.account.port.in.CurrentUserCommand;
import dev.warden.application.account.port.in.CurrentUserUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Stack's current user (seed 002), from the account as {@code /api/auth/me} reads it. */
@Controller("/api/v1/users")
@SecurityScheme(name = SCHEME, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "x-stack-access-token",
        description = "An access token from `/api/v1/auth/password/sign-in` (or sign-up, OTP sign-in, refresh); "
                + "only on `/api/v1`, where no other credential counts.")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class StackUsersController {
    private final CurrentUserUseCase currentUser;

    StackUsersController(CurrentUserUseCase currentUser) {
        this.currentUser = currentUser;
    }

    @Operation(summary = "The current user", description = "The account of the `x-stack-access-token`, in Stack's fields.")
    @StackDocs.AccessToken
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACCESS_TOKEN_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get("/me")
    StackBodies.StackUser me(Authentication authentication) {
        return StackBodies.StackUser.of(currentUser.currentUser(
                CurrentUserCommand.of(Callers.callerOf(authentication))));
    }
}
