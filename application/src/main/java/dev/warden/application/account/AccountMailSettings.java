package dev.warden.application.account;

import java.time.Duration;
import java.util.Objects;

/**
 * Mailed tokens: the public base URL of links, token lifetimes, and the limits on asking for mails
 * (per address and per client, in one window).
 */
public record AccountMailSettings(String publicUrl, Duration verificationTtl, Duration resetTtl,
                                  int perAddressLimit, int perClientLimit, Duration limitWindow) {
    public static final AccountMailSettings DEFAULT = new AccountMailSettings("http://localhost:8080",
            Duration.ofHours(24), Duration.ofHours(1), 5, 50, Duration.ofHours(1));

    public AccountMailSettings {
        Objects.requireNonNull(publicUrl, "publicUrl");
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        Objects.requireNonNull(verificationTtl, "verificationTtl");
        Objects.requireNonNull(resetTtl, "resetTtl");
        Objects.requireNonNull(limitWindow, "limitWindow");
    }
}
