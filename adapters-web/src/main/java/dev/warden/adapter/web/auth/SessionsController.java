package dev.warden.adapter.web.auth;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.SessionCookies;
import dev.warden.application.session.port.in.ManageSessionsUseCase;
import dev.warden.application.session.port.in.SessionEntry;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import java.util.List;
import java.util.Locale;

/** Session management (seed 002): the caller's sessions and token families, and revoking them. */
@Controller("/api/auth/sessions")
@Tag(name = "Sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SessionsController {
    private final ManageSessionsUseCase sessions;
    private final SessionCookies cookies;

    SessionsController(ManageSessionsUseCase sessions, SessionCookies cookies) {
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Serdeable
    record SessionView(@Schema(format = "uuid") String id,
                       @Schema(allowableValues = {"session", "refresh_token", "legacy_token"}) String kind,
                       @Schema(format = "date-time") @JsonProperty("created_at") String createdAt,
                       @Schema(format = "date-time") @JsonProperty("last_used_at") String lastUsedAt, @JsonProperty("user_agent") String userAgent,
                       @JsonProperty("client_address") String clientAddress,
                       @JsonProperty("is_current") boolean current) {
        static SessionView of(SessionEntry entry) {
            return new SessionView(entry.id().toString(), entry.kind().name().toLowerCase(Locale.ROOT),
                    Replies.timestamp(entry.createdAt()), Replies.timestamp(entry.lastUsedAt()), entry.client().userAgent(),
                    entry.client().address(), entry.current());
        }
    }

    @Serdeable
    record SessionList(List<SessionView> sessions) {}

    @Serdeable
    record Revoked(String message, int revoked) {}

    @Operation(summary = "The caller's sessions, token families and legacy tokens", description = """
            Every live cookie session, refresh-token family and legacy token of the caller, with `is_current` on the one \
            of this request.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The sessions")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CREDENTIALS_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get
    SessionList list(Authentication authentication) {
        return new SessionList(sessions.list(Callers.callerOf(authentication)).stream().map(SessionView::of).toList());
    }

    @Operation(summary = "Revoke one session, token family or legacy token", description = """
            Revoking the session of this very request also clears its cookie.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Revoked")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CREDENTIALS_REFUSED)
    @ApiResponse(responseCode = "404", ref = SESSION_NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Delete("/{id}")
    HttpResponse<Revoked> revoke(Authentication authentication, @Schema(format = "uuid") @PathVariable String id) {
        var caller = Callers.callerOf(authentication);
        var sessionId = Replies.pathId(id, new AuthError.SessionNotFound());
        sessions.revoke(caller, sessionId);
        var response = HttpResponse.ok(new Revoked("Session revoked", 1));
        // Revoking the session of this very request: tell the client to forget its cookie.
        boolean own = caller.credential() instanceof Caller.SessionCredential(var current, _) && current.equals(sessionId);
        return own ? response.cookie(cookies.clear()) : response;
    }

    @Operation(summary = "Revoke every other session, token family and legacy token", description = """
            Keeps the one of this request.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The number revoked")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CREDENTIALS_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Delete
    Revoked revokeOthers(Authentication authentication) {
        return new Revoked("Other sessions revoked", sessions.revokeOthers(Callers.callerOf(authentication)));
    }
}
