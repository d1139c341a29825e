package dev.warden.adapter.web.auth;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.openapi.ApiErrors;
import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.SessionCookies;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.session.port.in.SessionLoginUseCase;
import dev.warden.application.session.port.in.SessionLogoutUseCase;
import dev.warden.application.session.port.in.SessionSecretCommand;
import dev.warden.domain.error.AuthError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;

/** Cookie sessions: log in (a new session id every time) and log out (session deleted, cookie cleared). */
@Controller("/api/auth/session")
@Tag(name = "Sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {
    private final SessionLoginUseCase login;
    private final SessionLogoutUseCase logout;
    private final SessionCookies cookies;
    private final PreviousSession previous;

    SessionController(SessionLoginUseCase login, SessionLogoutUseCase logout, SessionCookies cookies,
                      PreviousSession previous) {
        this.login = login;
        this.logout = logout;
        this.cookies = cookies;
        this.previous = previous;
    }

    @Operation(summary = "Log in for a session cookie", description = """
            The username (or the email) and password start a server-side session: `Set-Cookie: session_id=...` \
            (HttpOnly, SameSite=Lax, Secure in production), a new id at every login; a session the browser already \
            held ends. Throttled as `/api/auth/login`.""")
    @ApiResponse(responseCode = "200", description = "Logged in; the cookie is set")
    @ApiErrors.PasswordLogin
    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<MessageResponse> login(HttpRequest<?> http, @Body @Nullable Requests.Login body) {
        var request = Objects.requireNonNullElse(body, Requests.Login.EMPTY);
        var ticket = login.startSession(new LoginCommand(request.username(), request.password(), Callers.clientOf(http)));
        previous.end(http);
        return HttpResponse.ok(new MessageResponse("Successfully logged in"))
                .cookie(cookies.issue(ticket.secret(), ticket.lifetime()));
    }

    @Operation(summary = "End the session", description = """
            Deletes the session of the cookie and clears the cookie.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Logged out; the cookie is cleared")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CREDENTIALS_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<MessageResponse> logout(HttpRequest<?> http) {
        var secret = cookies.secretOf(http).orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
        logout.endSession(new SessionSecretCommand(secret));
        return HttpResponse.ok(new MessageResponse("Successfully logged out")).cookie(cookies.clear());
    }
}
