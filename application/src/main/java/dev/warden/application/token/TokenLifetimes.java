package dev.warden.application.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How long issued credentials live: an access token, a refresh token, and a refresh token family however often it is
 * rotated ({@code refreshMaxAge} from its login, at least one refresh token's lifetime).
 */
public record TokenLifetimes(Duration accessToken, Duration refreshToken, Duration refreshMaxAge) {
    public static final TokenLifetimes DEFAULT =
            new TokenLifetimes(Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(90));

    public TokenLifetimes {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(refreshMaxAge, "refreshMaxAge");
        if (accessToken.isNegative() || accessToken.isZero() || refreshToken.isNegative() || refreshToken.isZero()) {
            throw new IllegalArgumentException("token lifetimes must be positive");
        }
        if (refreshMaxAge.compareTo(refreshToken) < 0) {
            throw new IllegalArgumentException("a refresh token family's maximum age (" + refreshMaxAge
                    + ") must be at least a refresh token's lifetime (" + refreshToken + ")");
        }
    }
}
