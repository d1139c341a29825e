package dev.warden.application.service;

import java.time.Duration;
import java.util.Objects;

/** How long issued credentials live. */
public record TokenLifetimes(Duration accessToken, Duration refreshToken) {
    public static final TokenLifetimes DEFAULT = new TokenLifetimes(Duration.ofDays(7), Duration.ofDays(30));

    public TokenLifetimes {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        if (accessToken.isNegative() || accessToken.isZero() || refreshToken.isNegative() || refreshToken.isZero()) {
            throw new IllegalArgumentException("token lifetimes must be positive");
        }
    }
}
