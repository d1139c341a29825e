package dev.warden.adapter.web.auth;

import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.SessionCookies;
import dev.warden.application.port.in.LoginCommand;
import dev.warden.application.port.in.SessionLoginUseCase;
import dev.warden.application.port.in.SessionLogoutUseCase;
import dev.warden.application.port.in.SessionSecretCommand;
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
import java.util.Objects;

/** Cookie sessions: log in (a new session id every time) and log out (session deleted, cookie cleared). */
@Controller("/api/auth/session")
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {
    private final SessionLoginUseCase login;
    private final SessionLogoutUseCase logout;
    private final SessionCookies cookies;

    SessionController(SessionLoginUseCase login, SessionLogoutUseCase logout, SessionCookies cookies) {
        this.login = login;
        this.logout = logout;
        this.cookies = cookies;
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<MessageResponse> login(HttpRequest<?> http, @Body @Nullable Requests.Login body) {
        var request = Objects.requireNonNullElse(body, Requests.Login.EMPTY);
        var ticket = login.startSession(new LoginCommand(request.username(), request.password(), Callers.clientOf(http)));
        return HttpResponse.ok(new MessageResponse("Successfully logged in"))
                .cookie(cookies.issue(ticket.secret(), ticket.lifetime()));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<MessageResponse> logout(HttpRequest<?> http) {
        var secret = cookies.secretOf(http).orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
        logout.endSession(new SessionSecretCommand(secret));
        return HttpResponse.ok(new MessageResponse("Successfully logged out")).cookie(cookies.clear());
    }
}
