package dev.warden.application.secondfactor;

import java.util.Objects;

/** How authenticator apps name the service ({@code issuer} of the otpauth URI). */
public record TotpSettings(String issuer) {
    public static final TotpSettings DEFAULT = new TotpSettings("Warden");

    public TotpSettings {
        Objects.requireNonNull(issuer, "issuer");
        if (issuer.isBlank() || issuer.contains(":")) {
            throw new IllegalArgumentException("the TOTP issuer must be non-blank and without ':'");
        }
    }
}
