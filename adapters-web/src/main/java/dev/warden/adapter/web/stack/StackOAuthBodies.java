package dev.warden.adapter.web.stack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the identity-provider sign-in of the Stack-style surface, in Stack's field names. */
final class StackOAuthBodies {
    private StackOAuthBodies() {}

    /** RFC 6749 §5.1, with the two fields Stack's SDK reads besides. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OAuthTokens(@JsonProperty("access_token") String accessToken,
                       @Schema(allowableValues = "Bearer") @JsonProperty("token_type") String tokenType,
                       @Schema(description = "The access token's lifetime in seconds")
                       @JsonProperty("expires_in") long expiresIn,
                       @JsonProperty("refresh_token") String refreshToken,
                       @Schema(description = "Whether this sign-in created the account")
                       @JsonProperty("is_new_user") boolean newUser,
                       @Schema(description = "The `after_callback_redirect_url` of the authorization, when it had one")
                       @JsonProperty("after_callback_redirect_url") @Nullable String afterCallbackRedirectUrl) {
        @Override
        public String toString() {
            return "OAuthTokens[new user: " + newUser + "]";
        }
    }

    /** Where to send the browser, for a client that asked for the answer as JSON. */
    @Serdeable
    record Location(@Schema(description = "The identity provider's authorization page") String location) {}
}
