package dev.warden.adapter.web.auth;

import dev.warden.adapter.web.security.SessionCookies;
import dev.warden.application.session.port.in.SessionLogoutUseCase;
import dev.warden.application.session.port.in.SessionSecretCommand;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * A login from a browser that already holds a session replaces it: the old session ends, whoever it belonged to, so
 * that no earlier sign-in (another person's at a shared computer) lingers behind the new cookie. Called once a new
 * session is opened, by a password login or by the second factor that completes one.
 */
@Singleton
class PreviousSession {
    private final SessionCookies cookies;
    private final SessionLogoutUseCase logout;

    PreviousSession(SessionCookies cookies, SessionLogoutUseCase logout) {
        this.cookies = cookies;
        this.logout = logout;
    }

    void end(HttpRequest<?> http) {
        cookies.secretOf(http).ifPresent(previous -> logout.endSession(new SessionSecretCommand(previous)));
    }
}
