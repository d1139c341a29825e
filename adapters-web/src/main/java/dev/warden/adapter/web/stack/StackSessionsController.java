package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.session.port.in.ManageSessionsUseCase;
import dev.warden.application.token.port.in.LogoutCommand;
import dev.warden.application.token.port.in.LogoutUseCase;
import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.application.token.port.in.RefreshUseCase;
import dev.warden.domain.error.AuthError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** Stack's sessions (seed 002): a refresh that keeps the refresh token, the caller's sessions, ending another. */
@Controller("/api/v1/auth/sessions")
@Tag(name = TAG)
@ExecuteOn(TaskExecutors.BLOCKING)
class StackSessionsController {
    static final String REFRESH_TOKEN = "x-stack-refresh-token";
    static final String HEXCLAVE_REFRESH_TOKEN = "x-hexclave-refresh-token";

    private final RefreshUseCase refresh;
    private final ManageSessionsUseCase sessions;
    private final LogoutUseCase logout;

    StackSessionsController(RefreshUseCase refresh, ManageSessionsUseCase sessions, LogoutUseCase logout) {
        this.refresh = refresh;
        this.sessions = sessions;
        this.logout = logout;
    }

    @Operation(summary = "A new access token for the refresh token", description = """
            Stack's clients keep one refresh token and present it at every refresh, so here it is not rotated: \
            it is checked as `/api/auth/refresh` checks it (unknown, expired, revoked or spent is refused, and a \
            spent one revokes its whole family) and stays valid; the new access token belongs to the same session, \
            and ends with it.""")
    @ApiResponse(responseCode = "200", description = "A new access token")
    @ApiResponse(responseCode = "401", ref = REFRESH_TOKEN_REFUSED)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/current/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<StackBodies.Access> refresh(
            @Parameter(name = REFRESH_TOKEN, in = ParameterIn.HEADER,
                    description = "The refresh token (this header or the next; without either, 401 as an unknown one)")
            @Header(REFRESH_TOKEN) @Nullable String refreshToken,
            @Parameter(name = HEXCLAVE_REFRESH_TOKEN, in = ParameterIn.HEADER,
                    description = "The refresh token, as Stack's SDK names it from 2.8.108 (when x-stack-refresh-token is absent)")
            @Header(HEXCLAVE_REFRESH_TOKEN) @Nullable String hexclaveRefreshToken) {
        if (refreshToken == null) {
            refreshToken = hexclaveRefreshToken;
        }
        if (refreshToken == null || refreshToken.isBlank()) {
            // a request without one is refused as a request with an unknown one: the SDK then signs out
            throw new AuthError.InvalidRefreshToken().exception();
        }
        var access = refresh.refreshAccess(new RefreshCommand(refreshToken.strip()));
        return Replies.okNoStore(new StackBodies.Access(access.token()));
    }

    @Operation(summary = "The caller's sessions", description = """
            Every live token family, cookie session and legacy token of the caller, oldest first, with \
            `is_current_session` on the one of this access token.""")
    @StackDocs.AccessToken
    @ApiResponse(responseCode = "200", description = "The sessions")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACCESS_TOKEN_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    StackBodies.Items list(Authentication authentication) {
        var caller = Callers.callerOf(authentication);
        var userId = caller.userId().toString();
        return new StackBodies.Items(sessions.list(caller).stream()
                .map(entry -> StackBodies.StackSession.of(userId, entry)).toList());
    }

    @Operation(summary = "Sign out", description = """
            Ends the session of this access token, as Stack's SDK signs out: the access token and its session (the \
            token family, with every access token refreshed from it) are revoked, and so is the session of an \
            `x-stack-refresh-token` (or `x-hexclave-refresh-token`) sent along, when it is the caller's. Another \
            session is ended by its id.""")
    @StackDocs.AccessToken
    @ApiResponse(responseCode = "200", description = "Signed out")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACCESS_TOKEN_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @RequestBody(required = false, description = ANY_BODY, content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @Delete("/current")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    StackBodies.Success signOut(Authentication authentication, HttpRequest<?> http) {
        var grant = Callers.grantOf(authentication).orElseThrow();
        var refreshToken = Optional.ofNullable(Callers.stackHeader(http, REFRESH_TOKEN)).map(String::strip)
                .filter(token -> !token.isEmpty());
        logout.logout(new LogoutCommand(grant, refreshToken));
        return new StackBodies.Success(true);
    }

    @Operation(summary = "End another session", description = """
            Ends one of the caller's other sessions. The current one is refused (`CannotDeleteCurrentSession`): \
            a client signs itself out by discarding its tokens.""")
    @StackDocs.AccessToken
    @ApiResponse(responseCode = "200", description = "Ended")
    @ApiResponse(responseCode = "400", ref = CANNOT_DELETE_CURRENT)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACCESS_TOKEN_REFUSED)
    @ApiResponse(responseCode = "404", ref = SESSION_NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    StackBodies.Success delete(Authentication authentication, @Schema(format = "uuid") @PathVariable String id) {
        sessions.revokeOther(Callers.callerOf(authentication), Replies.pathId(id, new AuthError.SessionNotFound()));
        return new StackBodies.Success(true);
    }
}
