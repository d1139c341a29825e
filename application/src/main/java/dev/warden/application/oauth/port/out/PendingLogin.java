package dev.warden.application.oauth.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * An identity-provider sign-in between the redirect and the callback: the hash of its {@code state}, the
 * provider, the PKCE verifier, and the hash of the browser key (a cookie) that binds it to one browser.
 */
public record PendingLogin(String stateHash, String provider, String codeVerifier, String browserKeyHash,
                           Instant expiresAt) {
    public PendingLogin {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(browserKeyHash, "browserKeyHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "PendingLogin[" + provider + ", until " + expiresAt + "]";
    }
}
