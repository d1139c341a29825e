package dev.warden.adapter.web.stack;

import static dev.warden.adapter.web.stack.StackDocs.*;

import dev.warden.adapter.web.Replies;
import dev.warden.adapter.web.security.Callers;
import dev.warden.application.account.port.in.EmailSignUpCommand;
import dev.warden.application.account.port.in.EmailSignUpUseCase;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.login.port.in.LoginUseCase;
import dev.warden.application.token.port.in.AuthenticateCommand;
import dev.warden.application.token.port.in.AuthenticateUseCase;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.error.Reason;
import dev.warden.domain.user.Email;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** Stack's email and password sign-up and sign-in (seed 002), on registration and the login use case. */
@Controller("/api/v1/auth/password")
@Tag(name = TAG, description = "Stack Auth's REST API as the clients of seed 002 call it")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class StackPasswordController {
    private final EmailSignUpUseCase signUp;
    private final LoginUseCase login;
    private final AuthenticateUseCase tokens;

    StackPasswordController(EmailSignUpUseCase signUp, LoginUseCase login, AuthenticateUseCase tokens) {
        this.signUp = signUp;
        this.login = login;
        this.tokens = tokens;
    }

    @Operation(summary = "Sign up with an email and a password", description = """
            Registration with a username derived from the address, then signed in. The same password rules and \
            the same verification mail as `/api/auth/register`. With `verification_callback_url` the mail links \
            there with `?code=<verification token>` (for `/api/v1/contact-channels/verify`); its origin must be \
            the service's or one of `AUTH_ALLOWED_CALLBACK_ORIGINS`, else the sign-up is refused \
            (`RedirectUrlNotWhitelisted`) and no account is made. Without it the mail links to the service's own \
            verification page.""")
    @ApiResponse(responseCode = "200", description = "The token pair and the new account's id")
    @ApiResponse(responseCode = "400", ref = SIGN_UP_REFUSED)
    @ApiResponse(responseCode = "409", ref = EMAIL_TAKEN)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "429", ref = TOO_MANY_REQUESTS)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/sign-up")
    HttpResponse<StackBodies.Tokens> signUp(HttpRequest<?> http, @Body @Nullable StackBodies.SignUp body) {
        var request = Objects.requireNonNullElse(body, StackBodies.SignUp.EMPTY);
        if (request.email() != null) {
            http.setAttribute(StackErrors.SIGN_UP_EMAIL, request.email());
        }
        var signedUp = signUp.signUp(EmailSignUpCommand.of(request.email(), request.password(),
                request.verificationCallbackUrl(), Callers.clientOf(http)));
        var pair = signedUp.tokens();
        return Replies.okNoStore(new StackBodies.Tokens(pair.accessToken(), pair.refreshToken(),
                signedUp.userId().toString()));
    }

    @Operation(summary = "Sign in with an email and a password", description = """
            The login of `/api/auth/login`, by email only: throttled alike, and a wrong password, an unknown \
            address and an account without a password get the same `EmailPasswordMismatch`.""")
    @ApiResponse(responseCode = "200", description = "The token pair and the account's id")
    @ApiResponse(responseCode = "400", ref = EMAIL_PASSWORD_MISMATCH)
    @ApiResponse(responseCode = "401", ref = MFA_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACCOUNT_DISABLED)
    @ApiResponse(responseCode = "422", ref = SCHEMA_ERROR)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/sign-in")
    HttpResponse<StackBodies.Tokens> signIn(HttpRequest<?> http, @Body @Nullable StackBodies.SignIn body) {
        var request = Objects.requireNonNullElse(body, StackBodies.SignIn.EMPTY);
        var pair = login.login(loginCommand(request, http));
        // the login answers the pair; whose it is, the access token says
        var userId = tokens.authenticate(new AuthenticateCommand(pair.accessToken())).userId();
        return Replies.okNoStore(new StackBodies.Tokens(pair.accessToken(), pair.refreshToken(), userId.toString()));
    }

    /** The login's own checks, with the field named {@code email} as the client sent it, and only an address. */
    private static LoginCommand loginCommand(StackBodies.SignIn request, HttpRequest<?> http) {
        LoginCommand command;
        try {
            command = new LoginCommand(request.email(), request.password(), Callers.clientOf(http));
        } catch (AuthException e) {
            if (e.error() instanceof AuthError.InvalidInput invalid) {
                var fields = new LinkedHashMap<String, List<Reason>>();
                invalid.fields().forEach((field, reasons) -> fields.put(field.equals("username") ? "email" : field,
                        reasons));
                throw new AuthError.InvalidInput(fields).exception();
            }
            throw e;
        }
        if (!command.identifier().contains("@")) {
            throw AuthError.InvalidInput.of("email", Email.MALFORMED).exception();
        }
        return command;
    }
}
