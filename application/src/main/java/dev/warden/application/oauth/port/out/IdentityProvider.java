package dev.warden.application.oauth.port.out;

import dev.warden.domain.oauth.ProviderIdentity;
import java.net.URI;

/** An OAuth2 / OpenID Connect identity provider (GitHub, Google). */
public interface IdentityProvider {

    /** The provider's name in paths and on accounts: {@code github}, {@code google}. */
    String name();

    /** Where to send the browser: the provider's authorization URL with every parameter, PKCE (S256) included. */
    URI authorizationUri(String state, String codeChallenge, URI redirectUri);

    /**
     * Exchanges the authorization code and reads who signed in. Throws {@code AuthException} with
     * {@code ProviderError} when the provider fails, times out or answers something unreadable.
     */
    ProviderIdentity identify(String code, String codeVerifier, URI redirectUri);
}
