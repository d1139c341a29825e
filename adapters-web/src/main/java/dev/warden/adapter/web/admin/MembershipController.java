package dev.warden.adapter.web.admin;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.Guarded;
import dev.warden.application.admin.port.in.AuthorizeUseCase;
import dev.warden.domain.guard.Guard;
import dev.warden.domain.user.User;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The member-only endpoints: the caller's membership card, and voting eligibility (non-BASIC members). */
@Controller("/api/membership")
@Tag(name = "Membership")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class MembershipController {
    private final AuthorizeUseCase authorize;

    MembershipController(AuthorizeUseCase authorize) {
        this.authorize = authorize;
    }

    @Serdeable
    record Card(String username, @JsonProperty("membership_level") String level,
                @JsonProperty("has_membership") boolean member) {}

    @Serdeable
    record Voting(String username, @JsonProperty("membership_level") String level, boolean eligible) {}

    @Operation(summary = "The caller's membership card (members)")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The card")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = MEMBERSHIP_REQUIRED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get
    @Guarded(Guard.MEMBERSHIP)
    Card card(Authentication authentication) {
        var user = caller(authentication, Guard.MEMBERSHIP);
        return new Card(user.username().value(), level(user), true);
    }

    @Operation(summary = "Voting eligibility (members above BASIC)")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Eligible")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = HIGHER_MEMBERSHIP_REQUIRED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get("/voting")
    @Guarded(Guard.HIGHER_MEMBERSHIP)
    Voting voting(Authentication authentication) {
        var user = caller(authentication, Guard.HIGHER_MEMBERSHIP);
        return new Voting(user.username().value(), level(user), true);
    }

    private User caller(Authentication authentication, Guard guard) {
        return authorize.authorize(Callers.callerOf(authentication).userId(), guard);
    }

    private static String level(User user) {
        return user.membership().map(Enum::name).orElseThrow();
    }
}
