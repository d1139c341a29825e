package dev.warden.application.token.port.in;

import java.time.Duration;

/** An access token alone, and its lifetime: what a refresh that keeps the refresh token gives. */
public record AccessToken(String token, Duration lifetime) {
    @Override
    public String toString() {
        return "AccessToken[lifetime=" + lifetime + "]";
    }
}
