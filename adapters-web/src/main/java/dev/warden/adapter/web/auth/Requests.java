package dev.warden.adapter.web.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
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
    record Register(@Schema(requiredMode = REQUIRED, example = "alice") @Nullable String username,
                    @Schema(requiredMode = REQUIRED, example = "alice@example.com") @Nullable String email,
                    @Schema(requiredMode = REQUIRED, example = "correct-Horse-battery-9", format = "password")
                    @Nullable String password,
                    @Schema(example = "Alice") @JsonProperty("first_name") @Nullable String firstName,
                    @Schema(example = "Liddell") @JsonProperty("last_name") @Nullable String lastName) {
        static final Register EMPTY = new Register(null, null, null, null, null);
    }

    @Serdeable
    record Login(@Schema(requiredMode = REQUIRED, example = "alice", description = "The username or the email")
                 @Nullable String username,
                 @Schema(requiredMode = REQUIRED, example = "correct-Horse-battery-9", format = "password")
                 @Nullable String password) {
        static final Login EMPTY = new Login(null, null);
    }

    @Serdeable
    record Refresh(@Schema(requiredMode = REQUIRED) @JsonProperty("refresh_token") @Nullable String refreshToken) {
        static final Refresh EMPTY = new Refresh(null);
    }

    @Serdeable
    record Logout(@Schema(description = "Also revoke this refresh token (its family)") @JsonProperty("refresh_token")
                  @Nullable String refreshToken) {
        static final Logout EMPTY = new Logout(null);
    }
}
