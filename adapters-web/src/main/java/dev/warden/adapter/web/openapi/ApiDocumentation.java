package dev.warden.adapter.web.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The head of the OpenAPI document that micronaut-openapi writes at compile time from the controllers
 * ({@code META-INF/swagger/warden.yml}); {@link OpenApiController} serves it and the Swagger UI reads it.
 * The reusable error replies, and the routes that no controller of ours declares (the JWKS), are in
 * {@code src/main/openapi/}, merged into the document by the same processor.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "Warden",
                version = "0.1",
                description = """
                        A self-hosted authentication service: registration, password, session, token and OAuth \
                        sign-in, email verification, password reset, and role and membership guards.

                        Every error has the body `{"detail": "...", "status_code": 403, "extra": {}}`. \
                        To try the protected endpoints here, press **Authorize** and sign in with the \
                        password flow (username or email, and password), or paste an access token."""),
        tags = {
                @Tag(name = "Authentication", description = "Registration, login, tokens and the current user"),
                @Tag(name = "Sessions", description = "Cookie sessions, and the caller's sessions and token families"),
                @Tag(name = "Email", description = "Email verification and password reset"),
                @Tag(name = "Account", description = "The signed-in user changes their password or email address, "
                        + "or deletes their account"),
                @Tag(name = "OAuth", description = "Sign-in with GitHub or Google"),
                @Tag(name = "Passwordless", description = "Sign-in with a code mailed to the address"),
                @Tag(name = "Administration", description = "User administration (staff and administrators)"),
                @Tag(name = "Membership", description = "Endpoints for members only"),
                @Tag(name = "Legacy", description = "The token API of older clients (form bodies, `Token` header)"),
                @Tag(name = "Keys", description = "The public keys that verify access tokens")
        })
@SecurityScheme(name = Access.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from `/api/auth/login`, `/api/auth/token` or `/api/auth/refresh`.")
@SecurityScheme(name = Access.PASSWORD, type = SecuritySchemeType.OAUTH2,
        description = "The OAuth2 password grant on `/api/auth/token`: a username (or email) and password give an "
                + "access token. Leave the client id and secret empty.",
        flows = @OAuthFlows(password = @OAuthFlow(tokenUrl = "/api/auth/token")))
@SecurityScheme(name = Access.SESSION, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = "session_id", description = "The session cookie that `/api/auth/session/login` sets.")
@SecurityScheme(name = Access.TOKEN, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "Authorization",
        description = "A legacy token from `/auth/login` or `/auth/signup`, sent as `Token <40 hex digits>`.")
@SecurityScheme(name = Access.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "HTTP Basic with a username (or email) and password, when the service enables it "
                + "(`AUTH_BASIC_ENABLED`; HTTPS only in production). Off by default.")
final class ApiDocumentation {
    private ApiDocumentation() {}
}
