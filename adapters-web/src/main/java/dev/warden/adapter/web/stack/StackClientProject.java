package dev.warden.adapter.web.stack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Stack's client view of the project ({@code projectsCrudClientReadSchema}), as the SDK's {@code getProject()} reads it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "StackClientProject")
record StackClientProject(
        @Schema(description = "`AUTH_STACK_PROJECT_ID` (the `project_id` of the access tokens)", example = "internal")
        String id,
        @Schema(description = "`AUTH_TOTP_ISSUER`: the name the service goes by with its users", example = "Warden")
        @JsonProperty("display_name") String displayName,
        Config config) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "StackClientProjectConfig")
    record Config(
            @Schema(description = "Always true: anyone may sign up")
            @JsonProperty("sign_up_enabled") boolean signUpEnabled,
            @Schema(description = "Always true: email and password")
            @JsonProperty("credential_enabled") boolean credentialEnabled,
            @Schema(description = "Always true: sign-in by a mailed code")
            @JsonProperty("magic_link_enabled") boolean magicLinkEnabled,
            @Schema(description = "Always true: passkeys (WebAuthn), on `/api/auth/passkeys`")
            @JsonProperty("passkey_enabled") boolean passkeyEnabled,
            @Schema(description = "Always false: there are no teams")
            @JsonProperty("client_team_creation_enabled") boolean clientTeamCreationEnabled,
            @Schema(description = "Always false: an account is deleted on `DELETE /api/auth/me` (with a password), "
                    + "not through this surface")
            @JsonProperty("client_user_deletion_enabled") boolean clientUserDeletionEnabled,
            @Schema(description = "Always false: mailed links open the service's origin or `AUTH_ALLOWED_CALLBACK_ORIGINS`")
            @JsonProperty("allow_localhost") boolean allowLocalhost,
            @Schema(description = "Always false: there are no API keys")
            @JsonProperty("allow_user_api_keys") boolean allowUserApiKeys,
            @Schema(description = "Always false: there are no API keys")
            @JsonProperty("allow_team_api_keys") boolean allowTeamApiKeys,
            @Schema(description = "The configured identity providers (`github`, `google`)")
            @JsonProperty("enabled_oauth_providers") List<Provider> enabledOAuthProviders,
            @Schema(description = "Always empty: the allowed origins are the service's configuration")
            List<Object> domains) {}

    @Serdeable
    @Schema(name = "StackEnabledOAuthProvider")
    record Provider(@Schema(example = "github") String id) {}
}
