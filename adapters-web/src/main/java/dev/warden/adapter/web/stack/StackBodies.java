package dev.warden.adapter.web.stack;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.application.session.port.in.SessionEntry;
import dev.warden.domain.user.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The bodies of the Stack-style surface, in Stack's field names; every request field may be missing. */
final class StackBodies {
    private StackBodies() {}

    @Serdeable
    record SignUp(@Schema(requiredMode = REQUIRED, example = "ada@example.com") @Nullable String email,
                  @Schema(requiredMode = REQUIRED, example = "correct-Horse-battery-9", format = "password")
                  @Nullable String password,
                  @Schema(example = "https://yourapp.com/verify", description = """
                          Accepted for Stack's clients when it is an absolute http(s) URL, and otherwise not used: \
                          the verification mail links to the service's own page, as registration's does.""")
                  @JsonProperty("verification_callback_url") @Nullable String verificationCallbackUrl) {
        static final SignUp EMPTY = new SignUp(null, null, null);
    }

    @Serdeable
    record SignIn(@Schema(requiredMode = REQUIRED, example = "ada@example.com") @Nullable String email,
                  @Schema(requiredMode = REQUIRED, example = "correct-Horse-battery-9", format = "password")
                  @Nullable String password) {
        static final SignIn EMPTY = new SignIn(null, null);
    }

    @Serdeable
    record SendCode(@Schema(requiredMode = REQUIRED, example = "ada@example.com") @Nullable String email,
                    @Schema(requiredMode = REQUIRED, example = "http://localhost:8080/verify-otp", description = """
                            The page the mailed link opens, with `?code=<digits><nonce>`; its origin must be the \
                            service's or one of `AUTH_ALLOWED_CALLBACK_ORIGINS`""")
                    @JsonProperty("callback_url") @Nullable String callbackUrl) {
        static final SendCode EMPTY = new SendCode(null, null);
    }

    @Serdeable
    record Nonce(@Schema(description = "Keep it: the mailed six digits followed by it sign in") String nonce) {}

    @Serdeable
    record Code(@Schema(requiredMode = REQUIRED, description = "The six mailed digits followed by the nonce")
                @Nullable String code) {}

    @Serdeable
    record Tokens(@JsonProperty("access_token") String accessToken,
                  @JsonProperty("refresh_token") String refreshToken,
                  @JsonProperty("user_id") String userId) {}

    @Serdeable
    record OtpTokens(@JsonProperty("access_token") String accessToken,
                     @JsonProperty("refresh_token") String refreshToken,
                     @JsonProperty("user_id") String userId,
                     @JsonProperty("is_new_user") boolean newUser) {}

    @Serdeable
    record Access(@JsonProperty("access_token") String accessToken) {}

    /** RFC 6749 §5.1, without a refresh token: the client keeps the one it has (§6). */
    @Serdeable
    record OAuthAccess(@JsonProperty("access_token") String accessToken,
                       @Schema(allowableValues = "Bearer") @JsonProperty("token_type") String tokenType,
                       @Schema(description = "The access token's lifetime in seconds")
                       @JsonProperty("expires_in") long expiresIn) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StackUser(String id,
                     @Schema(description = "The first and last name when the account has them, else the username")
                     @JsonProperty("display_name") String displayName,
                     @JsonProperty("primary_email") String primaryEmail,
                     @JsonProperty("primary_email_verified") boolean primaryEmailVerified,
                     @Schema(description = "Always null: accounts have no picture")
                     @JsonProperty("profile_image_url") @Nullable String profileImageUrl,
                     @JsonProperty("signed_up_at_millis") long signedUpAtMillis,
                     @Schema(description = "The last sign-in (any way in), else the sign-up")
                     @JsonProperty("last_active_at_millis") long lastActiveAtMillis,
                     @Schema(description = "The identity provider the account is linked to, if any")
                     @JsonProperty("oauth_providers") List<Map<String, String>> oauthProviders,
                     @JsonProperty("has_password") boolean hasPassword,
                     @Schema(description = "Whether the account can sign in by email: always, by a mailed code")
                     @JsonProperty("auth_with_email") boolean authWithEmail) {

        static StackUser of(User user) {
            var providers = user.oauthProvider()
                    .map(provider -> List.of(Map.of("id", provider, "account_id", user.oauthId().orElse(""))))
                    .orElse(List.of());
            return new StackUser(user.id().toString(), user.displayName(),
                    user.email().value(), user.emailVerified(), null, user.dateJoined().toEpochMilli(),
                    user.lastLogin().orElse(user.dateJoined()).toEpochMilli(), providers, user.hasPassword(), true);
        }
    }

    @Serdeable
    record StackSession(String id, @JsonProperty("user_id") String userId,
                        @Schema(description = "Milliseconds since the epoch") @JsonProperty("created_at") long createdAt,
                        @Schema(description = "Milliseconds since the epoch")
                        @JsonProperty("last_used_at") long lastUsedAt,
                        @JsonProperty("is_impersonation") boolean impersonation,
                        @JsonProperty("is_current_session") boolean currentSession) {
        static StackSession of(String userId, SessionEntry entry) {
            return new StackSession(entry.id().toString(), userId, entry.createdAt().toEpochMilli(),
                    entry.lastUsedAt().toEpochMilli(), false, entry.current());
        }
    }

    @Serdeable
    record Items(List<StackSession> items) {}

    @Serdeable
    record Success(boolean success) {}
}
