package dev.warden.application.account;

import dev.warden.application.shared.port.in.CallbackUrl;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mailed tokens: the public base URL of links, token lifetimes, the limits on asking for mails (per address and per
 * client, in one window), and the origins whose pages a mailed link may open with its code (a client's
 * {@code callback_url}): the public URL's, always, and those listed ({@code AUTH_ALLOWED_CALLBACK_ORIGINS}, the
 * list of mailed sign-in codes).
 */
public record AccountMailSettings(String publicUrl, Duration verificationTtl, Duration resetTtl,
                                  int perAddressLimit, int perClientLimit, Duration limitWindow,
                                  Set<String> callbackOrigins) {
    public static final AccountMailSettings DEFAULT = new AccountMailSettings("http://localhost:8080",
            Duration.ofHours(24), Duration.ofHours(1), 5, 50, Duration.ofHours(1));

    public AccountMailSettings {
        Objects.requireNonNull(publicUrl, "publicUrl");
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        Objects.requireNonNull(verificationTtl, "verificationTtl");
        Objects.requireNonNull(resetTtl, "resetTtl");
        Objects.requireNonNull(limitWindow, "limitWindow");
        var origins = new HashSet<>(callbackOrigins);
        origins.add(publicUrl);
        callbackOrigins = origins.stream().map(CallbackUrl::originOf).collect(Collectors.toUnmodifiableSet());
    }

    /** Links to the service's own origin only. */
    public AccountMailSettings(String publicUrl, Duration verificationTtl, Duration resetTtl, int perAddressLimit,
                               int perClientLimit, Duration limitWindow) {
        this(publicUrl, verificationTtl, resetTtl, perAddressLimit, perClientLimit, limitWindow, Set.of());
    }

    /**
     * Whether a mailed link may open {@code callback}: its origin is allowed, and it holds no {@code code} of its
     * own (see {@link CallbackUrl#carriesCode()}). The same rule as for mailed sign-in codes.
     */
    public boolean allows(CallbackUrl callback) {
        return callbackOrigins.contains(callback.origin()) && !callback.carriesCode();
    }
}
