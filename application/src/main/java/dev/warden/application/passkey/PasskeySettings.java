package dev.warden.application.passkey;

import dev.warden.application.mail.OtpSettings;
import dev.warden.application.passkey.port.out.WebAuthnVerifier;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The WebAuthn relying party: its id (a domain: the public URL's host unless configured), the name authenticators
 * show, and the origins whose pages may register and use passkeys (the public URL's unless configured). Each origin's
 * host must be the id or under it, as browsers require; a mismatch stops the service at start.
 */
public record PasskeySettings(String rpId, String rpName, Set<String> origins) {

    public PasskeySettings {
        Objects.requireNonNull(rpName, "rpName");
        rpId = rpId.strip().toLowerCase(Locale.ROOT);
        if (rpId.isEmpty() || rpId.contains("/") || rpId.contains(":")) {
            throw new IllegalArgumentException("the relying party id is a domain, e.g. example.org: " + rpId);
        }
        origins = origins.stream().map(OtpSettings::originOf).collect(Collectors.toUnmodifiableSet());
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("at least one origin");
        }
        for (var origin : origins) {
            var host = URI.create(origin).getHost();
            if (!host.equals(rpId) && !host.endsWith("." + rpId)) {
                throw new IllegalArgumentException("the origin " + origin + " is not on the relying party id " + rpId);
            }
        }
    }

    /** The settings from the public URL, with the configured id and origins where given (blank: the defaults). */
    public static PasskeySettings of(String publicUrl, String rpId, Set<String> origins, String rpName) {
        var defaultOrigin = OtpSettings.originOf(publicUrl);
        var id = rpId == null || rpId.isBlank() ? URI.create(defaultOrigin).getHost() : rpId;
        return new PasskeySettings(id, rpName == null || rpName.isBlank() ? "Warden" : rpName.strip(),
                origins.isEmpty() ? Set.of(defaultOrigin) : origins);
    }

    public WebAuthnVerifier.RelyingParty relyingParty() {
        return new WebAuthnVerifier.RelyingParty(rpId, origins);
    }
}
