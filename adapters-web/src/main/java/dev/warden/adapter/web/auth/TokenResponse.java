package dev.warden.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.application.token.port.in.TokenPair;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {

    static TokenResponse of(TokenPair pair) {
        return new TokenResponse(pair.accessToken(), pair.refreshToken(), "bearer",
                pair.accessTokenLifetime().toSeconds());
    }
}
