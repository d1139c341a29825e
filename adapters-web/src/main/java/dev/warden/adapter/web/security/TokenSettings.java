package dev.warden.adapter.web.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Who issues access tokens and for whom: {@code iss} and {@code aud} are put in every token and required
 * of every token presented.
 */
@ConfigurationProperties("auth.tokens")
public record TokenSettings(
        @Bindable(defaultValue = "http://localhost:8080") String issuer,
        @Bindable(defaultValue = "warden") String audience) {
}
