package dev.warden.application.mail;

import dev.warden.application.shared.port.in.CallbackUrl;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sign-in by mailed code: how long a code lives, and the origins whose pages a mailed link may open (the service's
 * own, from its public URL, and any listed).
 */
public record OtpSettings(Duration codeTtl, Set<String> allowedOrigins) {

    public OtpSettings {
        Objects.requireNonNull(codeTtl, "codeTtl");
        allowedOrigins = allowedOrigins.stream().map(OtpSettings::originOf).collect(Collectors.toUnmodifiableSet());
    }

    public static OtpSettings of(Duration codeTtl, String publicUrl, Set<String> otherOrigins) {
        var origins = new java.util.HashSet<>(otherOrigins);
        origins.add(publicUrl);
        return new OtpSettings(codeTtl, origins);
    }

    public boolean allows(URI callback) {
        return allowedOrigins.contains(originOf(callback.toString()));
    }

    /** {@code scheme://host[:port]} in lower case, without the scheme's default port; empty when not absolute. */
    public static String originOf(String url) {
        return CallbackUrl.originOf(url);
    }
}
