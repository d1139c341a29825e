package dev.warden.adapter.jwt;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Who issues access tokens and for whom: {@code iss} and {@code aud} are put in every token and required
 * of every token presented; and how long they live ({@code access-ttl}, the lifetime the service gives, which a
 * token presented may not exceed, whatever its signature).
 */
@ConfigurationProperties("auth.tokens")
public record TokenSettings(
        @Bindable(defaultValue = "http://localhost:8080") String issuer,
        @Bindable(defaultValue = "warden") String audience,
        @Bindable(defaultValue = "7d") Duration accessTtl) {
}
