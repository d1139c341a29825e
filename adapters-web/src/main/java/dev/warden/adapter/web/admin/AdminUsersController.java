package dev.warden.adapter.web.admin;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.auth.MessageResponse;
import dev.warden.adapter.web.auth.UserResponse;
import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.Guarded;
import dev.warden.application.admin.port.in.Actor;
import dev.warden.application.admin.port.in.AdministerUsersUseCase;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.guard.Guard;
import dev.warden.domain.user.MembershipLevel;
import dev.warden.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** User administration: staff read and (de)activate accounts; administrators change roles, membership, delete. */
@Controller("/api/admin/users")
@Tag(name = "Administration")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AdminUsersController {
    private final AdministerUsersUseCase admin;

    AdminUsersController(AdministerUsersUseCase admin) {
        this.admin = admin;
    }

    @Serdeable
    record Page(List<UserResponse> items, int page, int size, long total) {}

    @Serdeable
    record Roles(@JsonProperty("is_staff") @Nullable Boolean staff,
                 @JsonProperty("is_superuser") @Nullable Boolean superuser) {}

    @Serdeable
    record Membership(@Schema(allowableValues = {"BASIC", "SUPPORTING", "CONTRIBUTING", "MANAGING", "FELLOW", "basic",
            "supporting", "contributing", "managing", "fellow"}, description = "The level (in either case), or null to "
            + "remove the membership") @Nullable String level) {}

    @Operation(summary = "List users (staff)", description = """
            Paged (`page` from 0, `size` up to 100) and searchable by the start of a username or email (`search`).""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "A page of users")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = STAFF_REQUIRED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get
    @Guarded(Guard.STAFF)
    Page list(@Schema(minimum = "0") @QueryValue(defaultValue = "0") int page,
              @Schema(minimum = "1", maximum = "100") @QueryValue(defaultValue = "20") int size,
              @Nullable @QueryValue String search) {
        var found = admin.list(page, size, Optional.ofNullable(search));
        return new Page(found.users().stream().map(UserResponse::of).toList(), found.page(), found.size(), found.total());
    }

    @Operation(summary = "One user (staff)")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = STAFF_REQUIRED)
    @ApiResponse(responseCode = "404", ref = USER_NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get("/{id}")
    @Guarded(Guard.STAFF)
    UserResponse get(@Schema(format = "uuid") @PathVariable String id) {
        return UserResponse.of(admin.get(parse(id)));
    }

    @Operation(summary = "Disable an account (staff)", description = """
            Its tokens, sessions and legacy tokens stop working at once. Staff disable ordinary users only, \
            administrators anyone else; nobody disables their own account, nor the last active administrator.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = DEACTIVATION_REFUSED)
    @ApiResponse(responseCode = "404", ref = USER_NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/{id}/deactivate")
    @Guarded(Guard.STAFF)
    UserResponse deactivate(HttpRequest<?> http, Authentication authentication, @Schema(format = "uuid") @PathVariable String id) {
        return UserResponse.of(admin.setActive(actor(http, authentication), parse(id), false));
    }

    @Operation(summary = "Enable an account (staff)", description = """
            Staff enable ordinary users only, administrators anyone.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACTIVATION_REFUSED)
    @ApiResponse(responseCode = "404", ref = USER_NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/{id}/activate")
    @Guarded(Guard.STAFF)
    UserResponse activate(HttpRequest<?> http, Authentication authentication, @Schema(format = "uuid") @PathVariable String id) {
        return UserResponse.of(admin.setActive(actor(http, authentication), parse(id), true));
    }

    @Operation(summary = "Change staff and administrator roles (administrators)", description = """
            Absent fields are left as they are. Nobody removes their own administrator privileges, and the last \
            active administrator stays one.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ROLES_REFUSED)
    @ApiResponse(responseCode = "404", ref = USER_NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Patch("/{id}/roles")
    @Guarded(Guard.ADMIN)
    UserResponse roles(HttpRequest<?> http, Authentication authentication, @Schema(format = "uuid") @PathVariable String id,
                       @Body @Nullable Roles body) {
        var roles = body == null ? new Roles(null, null) : body;
        return UserResponse.of(admin.setRoles(actor(http, authentication), parse(id),
                Optional.ofNullable(roles.staff()), Optional.ofNullable(roles.superuser())));
    }

    @Operation(summary = "Set or remove a membership (administrators)", description = """
            `level` is BASIC, SUPPORTING, CONTRIBUTING, MANAGING or FELLOW; null removes the membership.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ADMINISTRATOR_REQUIRED)
    @ApiResponse(responseCode = "404", ref = USER_NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Put("/{id}/membership")
    @Guarded(Guard.ADMIN)
    UserResponse membership(HttpRequest<?> http, Authentication authentication, @Schema(format = "uuid") @PathVariable String id,
                            @Body @Nullable Membership body) {
        var level = Optional.ofNullable(body).map(Membership::level).map(AdminUsersController::level);
        return UserResponse.of(admin.setMembership(actor(http, authentication), parse(id), level));
    }

    @Operation(summary = "Delete a user (administrators)", description = """
            Nobody deletes their own account, nor the last active administrator.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Deleted")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = DELETE_REFUSED)
    @ApiResponse(responseCode = "404", ref = USER_NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Delete("/{id}")
    @Guarded(Guard.ADMIN)
    MessageResponse delete(HttpRequest<?> http, Authentication authentication, @Schema(format = "uuid") @PathVariable String id) {
        admin.delete(actor(http, authentication), parse(id));
        return new MessageResponse("User deleted");
    }

    private static Actor actor(HttpRequest<?> http, Authentication authentication) {
        return new Actor(Callers.callerOf(authentication).userId(), Callers.clientOf(http).address());
    }

    private static MembershipLevel level(String name) {
        try {
            return MembershipLevel.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            var levels = Stream.concat(Arrays.stream(MembershipLevel.values()).map(Enum::name), Stream.of("null"));
            throw AuthError.InvalidInput.of("level", new Reason.OneOf(levels.toList())).exception();
        }
    }

    private static UserId parse(String id) {
        return new UserId(Replies.pathId(id, new AuthError.UserNotFound()));
    }
}
