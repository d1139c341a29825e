package dev.warden.adapter.oauth;

import io.micronaut.http.uri.UriBuilder;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The two steps that GitHub and Google share (RFC 6749 authorization code with RFC 7636 PKCE): the
 * authorization URL, and the exchange of the code for an access token at the token endpoint.
 */
final class AuthorizationCodeFlow {
    private final String provider;
    private final String clientId;
    private final String clientSecret;
    private final String authorizeUrl;
    private final URI tokenUri;
    private final String scope;
    private final ProviderHttp http;

    AuthorizationCodeFlow(String provider, String clientId, String clientSecret, String authorizeUrl, String tokenUrl,
                          String scope, ProviderHttp http) {
        this.provider = provider;
        this.clientId = clientId;
        this.clientSecret = Objects.requireNonNullElse(clientSecret, "");
        this.authorizeUrl = authorizeUrl;
        this.tokenUri = URI.create(tokenUrl);
        this.scope = scope;
        this.http = http;
    }

    URI authorizationUri(String state, String codeChallenge, URI redirectUri) {
        return UriBuilder.of(authorizeUrl)
                .queryParam("client_id", clientId)
                .queryParam("redirect_uri", redirectUri.toString())
                .queryParam("response_type", "code")
                .queryParam("scope", scope)
                .queryParam("state", state)
                .queryParam("code_challenge", codeChallenge)
                .queryParam("code_challenge_method", "S256")
                .build();
    }

    /** The provider's access token for this code; ProviderError when there is none. */
    String accessToken(String code, String codeVerifier, URI redirectUri) {
        var token = http.postForm(provider, tokenUri, Map.of("client_id", clientId, "client_secret", clientSecret,
                "code", code, "redirect_uri", redirectUri.toString(), "code_verifier", codeVerifier,
                "grant_type", "authorization_code"));
        if (!(token.get("access_token") instanceof String accessToken) || accessToken.isBlank()) {
            throw ProviderHttp.failure(provider, tokenUri, "no access token (" + token.get("error") + ")", null);
        }
        return accessToken;
    }
}
