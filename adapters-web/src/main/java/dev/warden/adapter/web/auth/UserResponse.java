package dev.warden.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.Replies;
import dev.warden.domain.user.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The user object of the contract: what /me and /register answer. Never a hash or an internal field. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(
        @Schema(format = "uuid") String id,
        String username,
        @Schema(format = "email") String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("is_active") boolean active,
        @JsonProperty("is_staff") boolean staff,
        @JsonProperty("is_superuser") boolean superuser,
        @JsonProperty("email_verified") boolean emailVerified,
        @Schema(format = "date-time") @JsonProperty("date_joined") String dateJoined,
        @Schema(format = "date-time") @JsonProperty("last_login") @Nullable String lastLogin,
        @JsonProperty("has_membership") boolean hasMembership,
        @JsonProperty("membership_level") @Nullable String membershipLevel,
        @JsonProperty("oauth_provider") @Nullable String oauthProvider,
        @JsonProperty("oauth_id") @Nullable String oauthId) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id().toString(), user.username().value(), user.email().value(),
                user.firstName(), user.lastName(), user.active(), user.staff(), user.superuser(), user.emailVerified(),
                Replies.timestamp(user.dateJoined()), user.lastLogin().map(Replies::timestamp).orElse(null), user.hasMembership(),
                user.membership().map(Enum::name).orElse(null), user.oauthProvider().orElse(null),
                user.oauthId().orElse(null));
    }
}
