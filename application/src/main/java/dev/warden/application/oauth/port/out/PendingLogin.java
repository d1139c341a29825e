package dev.warden.application.oauth.port.out;

import dev.warden.domain.oauth.ClientAuthorization;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An identity-provider sign-in between the redirect and the callback: the hash of its {@code state}, the
 * provider, the PKCE verifier, and what binds it to whoever started it. A sign-in of the service's own is bound to
 * one browser by the hash of a browser key (a cookie); a sign-in for an OAuth client ({@code client}, Stack's SDK)
 * ends in an authorization code for that client, bound to it by its own PKCE challenge, and has no browser key.
 */
public record PendingLogin(String stateHash, String provider, String codeVerifier, String browserKeyHash,
                           Instant expiresAt, Optional<ClientAuthorization> client) {
    public PendingLogin {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(expiresAt, "expiresAt");
        client = client == null ? Optional.empty() : client;
        if (client.isEmpty()) {
            Objects.requireNonNull(browserKeyHash, "browserKeyHash");
        } else if (browserKeyHash != null) {
            throw new IllegalArgumentException("a sign-in for a client is bound by its PKCE challenge, not a browser");
        }
    }

    /** A sign-in of the service's own, bound to the browser that brings the key back. */
    public PendingLogin(String stateHash, String provider, String codeVerifier, String browserKeyHash,
                        Instant expiresAt) {
        this(stateHash, provider, codeVerifier, browserKeyHash, expiresAt, Optional.empty());
    }

    /** A sign-in for an OAuth client. */
    public static PendingLogin forClient(String stateHash, String provider, String codeVerifier, Instant expiresAt,
                                         ClientAuthorization client) {
        return new PendingLogin(stateHash, provider, codeVerifier, null, expiresAt, Optional.of(client));
    }

    @Override
    public String toString() {
        return "PendingLogin[" + provider + client.map(c -> ", for " + c).orElse("") + ", until " + expiresAt + "]";
    }
}
