package dev.warden.adapter.web.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shapes of the form bodies ({@code application/x-www-form-urlencoded}), for the document only: the controllers
 * read the forms as maps, so that a missing or extra field is reported by the use case, not by the binder.
 */
public final class FormBodies {
    private FormBodies() {}

    @Schema(name = "PasswordGrantForm", description = "The OAuth2 password grant (RFC 6749, section 4.3.2).")
    public record PasswordGrant(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "alice", pattern = Formats.NOT_BLANK,
                    description = "The username or the email") String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "correct-Horse-battery-9",
                    format = "password", minLength = 1) String password,
            @Schema(name = "grant_type", allowableValues = "password", description = "If present, `password`")
            String grantType,
            @Schema(description = "Accepted and ignored") String scope) {}

    @Schema(name = "StackRefreshTokenGrantForm")
    public record StackRefreshGrant(
            @Schema(name = "grant_type", requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"refresh_token", "authorization_code"}) String grantType,
            @Schema(name = "refresh_token", description = "`refresh_token` grant: the refresh token, which stays valid")
            String refreshToken,
            @Schema(description = "`authorization_code` grant: the code the client's redirect URI received")
            String code,
            @Schema(name = "redirect_uri", description = "`authorization_code` grant: the redirect URI the code was "
                    + "asked for, exactly") String redirectUri,
            @Schema(name = "code_verifier", description = "`authorization_code` grant: the PKCE verifier of the "
                    + "`code_challenge` (S256)") String codeVerifier,
            @Schema(name = "client_id", description = "The project id (checked when publishable client keys are set)")
            String clientId,
            @Schema(name = "client_secret", description = "A publishable client key (checked when keys are set)")
            String clientSecret) {}

    @Schema(name = "LegacySignupForm")
    public record LegacySignup(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "alice", pattern = Formats.USERNAME,
                    maxLength = Formats.USERNAME_MAX) String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "correct-Horse-battery-9",
                    format = "password", minLength = Formats.PASSWORD_MIN, maxLength = Formats.PASSWORD_MAX)
            String password1,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "correct-Horse-battery-9",
                    format = "password", description = "The same password again") String password2,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "alice@example.com", format = "email",
                    pattern = Formats.EMAIL, maxLength = Formats.EMAIL_MAX) String email,
            @Schema(name = "accept_tos", requiredMode = Schema.RequiredMode.REQUIRED, example = "on",
                    allowableValues = {"true", "on", "1", "yes"}, description = "Accepts the terms of service") String acceptTos) {}

    @Schema(name = "LegacyLoginForm")
    public record LegacyLogin(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "alice", pattern = Formats.NOT_BLANK,
                    description = "The username or the email") String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "correct-Horse-battery-9",
                    format = "password", minLength = 1) String password) {}
}
