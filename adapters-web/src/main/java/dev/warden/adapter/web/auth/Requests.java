package dev.warden.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Request bodies as the client sent them. Every field may be missing: the use case commands validate
 * themselves and report every missing or malformed field at once, in one 422.
 */
final class Requests {
    private Requests() {}

    @Serdeable
    record Register(@Nullable String username, @Nullable String email, @Nullable String password,
                    @JsonProperty("first_name") @Nullable String firstName,
                    @JsonProperty("last_name") @Nullable String lastName) {
        static final Register EMPTY = new Register(null, null, null, null, null);
    }

    @Serdeable
    record Login(@Nullable String username, @Nullable String password) {
        static final Login EMPTY = new Login(null, null);
    }

    @Serdeable
    record Refresh(@JsonProperty("refresh_token") @Nullable String refreshToken) {
        static final Refresh EMPTY = new Refresh(null);
    }

    @Serdeable
    record Logout(@JsonProperty("refresh_token") @Nullable String refreshToken) {
        static final Logout EMPTY = new Logout(null);
    }
}
