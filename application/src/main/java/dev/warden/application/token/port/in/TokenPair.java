package dev.warden.application.token.port.in;

import java.time.Duration;

/** An access token, the refresh token that replaces it, and the access token's lifetime. */
public record TokenPair(String accessToken, String refreshToken, Duration accessTokenLifetime) {
    @Override
    public String toString() {
        return "TokenPair[lifetime=" + accessTokenLifetime + "]";
    }
}
