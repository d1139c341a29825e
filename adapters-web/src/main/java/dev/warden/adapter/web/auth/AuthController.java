package dev.warden.adapter.web.auth;

import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.SessionCookies;
import dev.warden.application.port.in.Caller;
import dev.warden.application.port.in.CurrentUserCommand;
import dev.warden.application.port.in.CurrentUserUseCase;
import dev.warden.application.port.in.LegacyLogoutUseCase;
import dev.warden.application.port.in.LegacyTokenCommand;
import dev.warden.application.port.in.LoginCommand;
import dev.warden.application.port.in.LoginUseCase;
import dev.warden.application.port.in.LogoutCommand;
import dev.warden.application.port.in.LogoutUseCase;
import dev.warden.application.port.in.RefreshCommand;
import dev.warden.application.port.in.RefreshUseCase;
import dev.warden.application.port.in.RegisterCommand;
import dev.warden.application.port.in.RegisterUseCase;
import dev.warden.application.port.in.SessionLogoutUseCase;
import dev.warden.application.port.in.SessionSecretCommand;
import dev.warden.application.port.in.TokenPair;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.Objects;
import java.util.Optional;

/** The JWT core of the contract: register, log in, refresh, log out, who am I. */
@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {
    private final RegisterUseCase register;
    private final LoginUseCase login;
    private final RefreshUseCase refresh;
    private final LogoutUseCase logout;
    private final CurrentUserUseCase currentUser;
    private final SessionLogoutUseCase sessionLogout;
    private final LegacyLogoutUseCase legacyLogout;
    private final SessionCookies cookies;

    AuthController(RegisterUseCase register, LoginUseCase login, RefreshUseCase refresh, LogoutUseCase logout,
                   CurrentUserUseCase currentUser, SessionLogoutUseCase sessionLogout,
                   LegacyLogoutUseCase legacyLogout, SessionCookies cookies) {
        this.sessionLogout = sessionLogout;
        this.legacyLogout = legacyLogout;
        this.cookies = cookies;
        this.register = register;
        this.login = login;
        this.refresh = refresh;
        this.logout = logout;
        this.currentUser = currentUser;
    }

    @Post("/register")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    UserResponse register(@Body @Nullable Requests.Register body) {
        var request = Objects.requireNonNullElse(body, Requests.Register.EMPTY);
        var user = register.register(new RegisterCommand(request.username(), request.email(), request.password(),
                request.firstName(), request.lastName()));
        return UserResponse.of(user);
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<TokenResponse> login(HttpRequest<?> http, @Body @Nullable Requests.Login body) {
        var request = Objects.requireNonNullElse(body, Requests.Login.EMPTY);
        return tokens(login.login(new LoginCommand(request.username(), request.password(), Callers.clientOf(http))));
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<TokenResponse> refresh(@Body @Nullable Requests.Refresh body) {
        var request = Objects.requireNonNullElse(body, Requests.Refresh.EMPTY);
        return tokens(refresh.refresh(new RefreshCommand(request.refreshToken())));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<MessageResponse> logout(HttpRequest<?> http, Authentication authentication,
                                         @Body @Nullable Requests.Logout body) {
        var request = Objects.requireNonNullElse(body, Requests.Logout.EMPTY);
        var loggedOut = new MessageResponse("Successfully logged out");
        return switch (Callers.callerOf(authentication).credential()) {
            case Caller.AccessTokenCredential token -> {
                var grant = Callers.grantOf(authentication).orElseThrow();
                logout.logout(new LogoutCommand(grant, Optional.ofNullable(request.refreshToken())));
                yield HttpResponse.ok(loggedOut);
            }
            case Caller.LegacyTokenCredential token -> {
                // signed in by a legacy token: end that token, as /auth/logout does
                Callers.legacyTokenOf(http).ifPresent(secret -> legacyLogout.logout(new LegacyTokenCommand(secret)));
                yield HttpResponse.ok(loggedOut);
            }
            case Caller.SessionCredential session -> {
                // signed in by a session cookie: end that session, as /session/logout does
                cookies.secretOf(http).ifPresent(secret -> sessionLogout.endSession(new SessionSecretCommand(secret)));
                yield HttpResponse.ok(loggedOut).cookie(cookies.clear());
            }
            // HTTP Basic: the password comes with every request; there is nothing held to end
            case Caller.PasswordCredential password -> HttpResponse.ok(loggedOut);
        };
    }

    @Post("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    UserResponse me(Authentication authentication) {
        return UserResponse.of(currentUser.currentUser(new CurrentUserCommand(Callers.callerOf(authentication).userId())));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    UserResponse meByGet(Authentication authentication) {
        return me(authentication);
    }

    private static HttpResponse<TokenResponse> tokens(TokenPair pair) {
        return HttpResponse.ok(TokenResponse.of(pair))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.PRAGMA, "no-cache");
    }
}
