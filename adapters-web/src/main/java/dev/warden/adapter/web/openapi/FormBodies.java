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

    /**
     * Seed 001's protocol: every form is answered 200, a field missing or refused by {@code success: false} and its
     * messages in {@code errors}. So no field is required here and none is bounded: the rules are told in words.
     */
    @Schema(name = "LegacySignupForm", description = "Each field's rule, when broken, gives its messages in `errors` "
            + "(200, `success: false`).")
    public record LegacySignup(
            @Schema(example = "alice", description = "Needed: letters, digits and `. + - _`, up to 150") String username,
            @Schema(example = "correct-Horse-battery-9", format = "password",
                    description = "Needed: the password policy (8 to 128 characters, not a common one)")
            String password1,
            @Schema(example = "correct-Horse-battery-9", format = "password",
                    description = "Needed: the same password again") String password2,
            @Schema(example = "alice@example.com", description = "Needed: a well-formed address") String email,
            @Schema(name = "accept_tos", example = "on", description = "Needed: `true`, `on`, `1` or `yes`, to accept "
                    + "the terms of service") String acceptTos) {}

    /** Seed 001's protocol, as {@link LegacySignup}. */
    @Schema(name = "LegacyLoginForm", description = "A missing field gives its message in `errors` (200, "
            + "`success: false`).")
    public record LegacyLogin(
            @Schema(example = "alice", description = "Needed: the username or the email") String username,
            @Schema(example = "correct-Horse-battery-9", format = "password", description = "Needed") String password) {}
}
