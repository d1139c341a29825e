package dev.warden.adapter.web.auth;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.openapi.ApiErrors;
import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.SessionCookies;
import dev.warden.application.account.port.in.CurrentUserCommand;
import dev.warden.application.account.port.in.CurrentUserUseCase;
import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.account.port.in.RegisterUseCase;
import dev.warden.application.legacy.port.in.LegacyLogoutUseCase;
import dev.warden.application.legacy.port.in.LegacyTokenCommand;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.login.port.in.LoginUseCase;
import dev.warden.application.session.port.in.SessionLogoutUseCase;
import dev.warden.application.session.port.in.SessionSecretCommand;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.token.port.in.LogoutCommand;
import dev.warden.application.token.port.in.LogoutUseCase;
import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.application.token.port.in.RefreshUseCase;
import dev.warden.application.token.port.in.TokenPair;
import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;
import java.util.Optional;

/** The JWT core of the contract: register, log in, refresh, log out, who am I. */
@Controller("/api/auth")
@Tag(name = "Authentication")
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

    @Operation(summary = "Register a user", description = """
            Creates an account and mails a link that verifies its email. Usernames and emails are unique \
            (case-insensitively, after NFKC normalization). The password needs at least 8 characters (or the \
            configured minimum), at most 128, must not be a common one, nor the username or the email.""")
    @ApiResponse(responseCode = "201", description = "The new user")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "403", ref = PASSWORD_REFUSED)
    @ApiResponse(responseCode = "409", ref = REGISTRATION_CONFLICT)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/register")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    UserResponse register(@Body @Nullable Requests.Register body) {
        var request = Objects.requireNonNullElse(body, Requests.Register.EMPTY);
        var user = register.register(new RegisterCommand(request.username(), request.email(), request.password(),
                request.firstName(), request.lastName()));
        return UserResponse.of(user);
    }

    @Operation(summary = "Log in for a token pair", description = """
            The username (or the email) and password give an access token (a JWT, for `Authorization: Bearer`) \
            and a refresh token. Failed logins are throttled per account and per client address.""")
    @ApiResponse(responseCode = "200", description = "The token pair")
    @ApiErrors.PasswordLogin
    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<TokenResponse> login(HttpRequest<?> http, @Body @Nullable Requests.Login body) {
        var request = Objects.requireNonNullElse(body, Requests.Login.EMPTY);
        return tokens(login.login(new LoginCommand(request.username(), request.password(), Callers.clientOf(http))));
    }

    @Operation(summary = "Trade a refresh token for a new pair", description = """
            The refresh token is spent: using it again revokes every token descended from the same login.""")
    @ApiResponse(responseCode = "200", description = "A new token pair")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = INVALID_REFRESH_TOKEN)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<TokenResponse> refresh(@Body @Nullable Requests.Refresh body) {
        var request = Objects.requireNonNullElse(body, Requests.Refresh.EMPTY);
        return tokens(refresh.refresh(new RefreshCommand(request.refreshToken())));
    }

    @Operation(summary = "Log out", description = """
            Revokes the access token and its refresh token (with a bearer token), the session (with the cookie, \
            which is cleared) or the legacy token (with `Token`).""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Logged out")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CREDENTIALS_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<MessageResponse> logout(HttpRequest<?> http, Authentication authentication,
                                         @RequestBody(required = false) @Body @Nullable Requests.Logout body) {
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

    @Operation(summary = "The current user (POST)", description = "The same as `GET /api/auth/me`.")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CREDENTIALS_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    UserResponse me(Authentication authentication) {
        return UserResponse.of(currentUser.currentUser(CurrentUserCommand.of(Callers.callerOf(authentication))));
    }

    @Operation(summary = "The current user")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = CREDENTIALS_REFUSED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    UserResponse meByGet(Authentication authentication) {
        return me(authentication);
    }

    private static HttpResponse<TokenResponse> tokens(TokenPair pair) {
        return Replies.okNoStore(TokenResponse.of(pair));
    }
}
