package dev.warden.adapter.web.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.openapi.Formats;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Request bodies as the client sent them. Every field may be missing: the use case commands validate
 * themselves and report every missing or malformed field at once, in one 422.
 */
final class Requests {
    private Requests() {}

    @Serdeable
    record Register(@Schema(requiredMode = REQUIRED, example = "alice", pattern = Formats.USERNAME,
                            maxLength = Formats.USERNAME_MAX, description = "Letters, digits and `. + - _`, unique "
                            + "case-insensitively after NFKC normalization; a name that mixes scripts is refused")
                    @Nullable String username,
                    @Schema(requiredMode = REQUIRED, example = "alice@example.com", format = "email",
                            pattern = Formats.EMAIL, maxLength = Formats.EMAIL_MAX)
                    @Nullable String email,
                    @Schema(requiredMode = REQUIRED, example = "correct-Horse-battery-9", format = "password",
                            minLength = Formats.PASSWORD_MIN, maxLength = Formats.PASSWORD_MAX)
                    @Nullable String password,
                    @Schema(example = "Alice", maxLength = Formats.NAME_MAX) @JsonProperty("first_name") @Nullable String firstName,
                    @Schema(example = "Liddell", maxLength = Formats.NAME_MAX) @JsonProperty("last_name") @Nullable String lastName) {
        static final Register EMPTY = new Register(null, null, null, null, null);
    }

    @Serdeable
    record Login(@Schema(requiredMode = REQUIRED, example = "alice", description = "The username or the email",
                         pattern = Formats.NOT_BLANK)
                 @Nullable String username,
                 @Schema(requiredMode = REQUIRED, example = "correct-Horse-battery-9", format = "password",
                         minLength = 1)
                 @Nullable String password) {
        static final Login EMPTY = new Login(null, null);
    }

    @Serdeable
    record Refresh(@Schema(requiredMode = REQUIRED, pattern = Formats.NOT_BLANK) @JsonProperty("refresh_token") @Nullable String refreshToken) {
        static final Refresh EMPTY = new Refresh(null);
    }

    @Serdeable
    record Logout(@Schema(description = "Also revoke this refresh token (its family)") @JsonProperty("refresh_token")
                  @Nullable String refreshToken) {
        static final Logout EMPTY = new Logout(null);
    }
}
