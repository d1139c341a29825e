package dev.warden.adapter.oauth;

import dev.warden.application.oauth.port.out.IdentityProvider;
import dev.warden.domain.oauth.ProviderIdentity;
import java.net.URI;

/**
 * A provider that signs in with the authorization-code flow (PKCE): the flow turns the code into an access token,
 * and each provider asks its own API, with that token, who signed in.
 */
abstract class CodeFlowIdentityProvider implements IdentityProvider {
    private final String name;
    private final AuthorizationCodeFlow flow;

    CodeFlowIdentityProvider(String name, String clientId, String clientSecret, String authorizeUrl, String tokenUrl,
                             String scope, ProviderHttp http) {
        this.name = name;
        this.flow = new AuthorizationCodeFlow(name, clientId, clientSecret, authorizeUrl, tokenUrl, scope, http);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final URI authorizationUri(String state, String codeChallenge, URI redirectUri) {
        return flow.authorizationUri(state, codeChallenge, redirectUri);
    }

    @Override
    public final ProviderIdentity identify(String code, String codeVerifier, URI redirectUri) {
        return identify(flow.accessToken(code, codeVerifier, redirectUri));
    }

    /** Who signed in, as the provider's API tells the holder of this access token. */
    abstract ProviderIdentity identify(String accessToken);
}
