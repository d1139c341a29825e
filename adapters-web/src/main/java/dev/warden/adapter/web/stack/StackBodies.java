package dev.warden.adapter.web.stack;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.openapi.Formats;
import dev.warden.application.selfservice.port.in.Profile;
import dev.warden.application.session.port.in.SessionEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The bodies of the Stack-style surface, in Stack's field names; every request field may be missing. */
final class StackBodies {
    private StackBodies() {}

    @Serdeable
    record SignUp(@Schema(requiredMode = REQUIRED, example = "ada@example.com", format = "email", pattern = Formats.EMAIL, maxLength = Formats.EMAIL_MAX)
                  @Nullable String email,
                  @Schema(requiredMode = REQUIRED, example = "correct-Horse-battery-9", format = "password",
                          minLength = Formats.PASSWORD_MIN, maxLength = Formats.PASSWORD_MAX)
                  @Nullable String password,
                  @Schema(example = "https://yourapp.com/verify", format = "uri", pattern = Formats.HTTP_URL, description = """
                          Accepted for Stack's clients when it is an absolute http(s) URL, and otherwise not used: \
                          the verification mail links to the service's own page, as registration's does.""")
                  @JsonProperty("verification_callback_url") @Nullable String verificationCallbackUrl) {
        static final SignUp EMPTY = new SignUp(null, null, null);
    }

    @Serdeable
    record SignIn(@Schema(requiredMode = REQUIRED, example = "ada@example.com", pattern = "@",
                          description = "The account's address") @Nullable String email,
                  @Schema(requiredMode = REQUIRED, example = "correct-Horse-battery-9", format = "password",
                          minLength = 1)
                  @Nullable String password) {
        static final SignIn EMPTY = new SignIn(null, null);
    }

    @Serdeable
    record SendCode(@Schema(requiredMode = REQUIRED, example = "ada@example.com", format = "email", pattern = Formats.EMAIL, maxLength = Formats.EMAIL_MAX)
                    @Nullable String email,
                    @Schema(requiredMode = REQUIRED, example = "http://localhost:8080/verify-otp", format = "uri", pattern = Formats.HTTP_URL,
                            description = """
                            The page the mailed link opens, with `?code=<digits><nonce>`; its origin must be the \
                            service's or one of `AUTH_ALLOWED_CALLBACK_ORIGINS`""")
                    @JsonProperty("callback_url") @Nullable String callbackUrl) {
        static final SendCode EMPTY = new SendCode(null, null);
    }

    @Serdeable
    record Nonce(@Schema(description = "Keep it: the mailed six digits followed by it sign in") String nonce) {}

    @Serdeable
    record Code(@Schema(requiredMode = REQUIRED, description = "The six mailed digits followed by the nonce",
                        pattern = Formats.NOT_BLANK)
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

    /**
     * Stack's current user (the fields of its {@code currentUserCrud} client read, as the SDK's {@code getUser()}
     * maps them), with the seed's {@code last_active_at_millis}. Warden has no teams, anonymous or restricted users,
     * profile pictures nor server metadata: those fields are constant. {@code metadata} is the client metadata, read.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StackUser(String id,
                     @Schema(description = "The first and last name when the account has them, else the username; "
                             + "`PATCH` sets it")
                     @JsonProperty("display_name") String displayName,
                     @JsonProperty("primary_email") String primaryEmail,
                     @JsonProperty("primary_email_verified") boolean primaryEmailVerified,
                     @Schema(description = "Always true: the address signs in (by password or a mailed code)")
                     @JsonProperty("primary_email_auth_enabled") boolean primaryEmailAuthEnabled,
                     @Schema(description = "Always null: accounts have no picture")
                     @JsonProperty("profile_image_url") @Nullable String profileImageUrl,
                     @JsonProperty("signed_up_at_millis") long signedUpAtMillis,
                     @Schema(description = "The last sign-in (any way in), else the sign-up")
                     @JsonProperty("last_active_at_millis") long lastActiveAtMillis,
                     @Schema(description = "The identity provider the account is linked to, if any")
                     @JsonProperty("oauth_providers") List<Map<String, String>> oauthProviders,
                     @JsonProperty("has_password") boolean hasPassword,
                     @Schema(description = "Whether the account can sign in by email: always, by a mailed code")
                     @JsonProperty("auth_with_email") boolean authWithEmail,
                     @Schema(description = "Always true: every account can sign in by a mailed code")
                     @JsonProperty("otp_auth_enabled") boolean otpAuthEnabled,
                     @Schema(description = "Whether the account has a passkey to sign in with")
                     @JsonProperty("passkey_auth_enabled") boolean passkeyAuthEnabled,
                     @Schema(description = "Whether TOTP is enabled: a sign-in with the password then asks a code")
                     @JsonProperty("requires_totp_mfa") boolean requiresTotpMfa,
                     @Schema(implementation = Map.class, description = "What the user's own client keeps with the "
                             + "account (`PATCH` sets it); `{}` when nothing")
                     @JsonProperty("client_metadata") JsonNode clientMetadata,
                     @Schema(description = "Always `{}`: no server keeps metadata for the user's client to read")
                     @JsonProperty("client_read_only_metadata") Map<String, Object> clientReadOnlyMetadata,
                     @Schema(description = "Always null: there are no teams")
                     @JsonProperty("selected_team") @Nullable Map<String, Object> selectedTeam,
                     @Schema(description = "Always null: there are no teams")
                     @JsonProperty("selected_team_id") @Nullable String selectedTeamId,
                     @Schema(description = "Always false: there are no anonymous users")
                     @JsonProperty("is_anonymous") boolean anonymous,
                     @Schema(description = "Always false: a deactivated account cannot sign in at all")
                     @JsonProperty("is_restricted") boolean restricted,
                     @Schema(description = "Always null")
                     @JsonProperty("restricted_reason") @Nullable Map<String, String> restrictedReason,
                     @Schema(description = "Always false")
                     @JsonProperty("restricted_by_admin") boolean restrictedByAdmin,
                     @Schema(description = "Always null")
                     @JsonProperty("restricted_by_admin_reason") @Nullable String restrictedByAdminReason) {

        static StackUser of(Profile profile, JsonNode metadata) {
            var user = profile.user();
            var providers = user.oauthProvider()
                    .map(provider -> List.of(Map.of("id", provider, "account_id", user.oauthId().orElse(""))))
                    .orElse(List.of());
            return new StackUser(user.id().toString(), user.displayName(),
                    user.email().value(), user.emailVerified(), true, null, user.dateJoined().toEpochMilli(),
                    user.lastLogin().orElse(user.dateJoined()).toEpochMilli(), providers, user.hasPassword(), true,
                    true, profile.passkeys(), profile.totpEnabled(), metadata, Map.of(), null, null, false, false,
                    null, false, null);
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
