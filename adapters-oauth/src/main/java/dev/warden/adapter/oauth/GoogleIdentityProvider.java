package dev.warden.adapter.oauth;

import dev.warden.application.port.out.IdentityProvider;
import dev.warden.domain.oauth.ProviderIdentity;
import io.micronaut.http.uri.UriBuilder;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/** Google's OpenID Connect: scope {@code openid email profile}; who signed in from the userinfo endpoint. */
public final class GoogleIdentityProvider implements IdentityProvider {
    private final GoogleSettings settings;
    private final ProviderHttp http;

    GoogleIdentityProvider(GoogleSettings settings, ProviderHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public String name() {
        return "google";
    }

    @Override
    public URI authorizationUri(String state, String codeChallenge, URI redirectUri) {
        return UriBuilder.of(settings.authorizeUrl())
                .queryParam("client_id", settings.clientId())
                .queryParam("redirect_uri", redirectUri.toString())
                .queryParam("response_type", "code")
                .queryParam("scope", "openid email profile")
                .queryParam("state", state)
                .queryParam("code_challenge", codeChallenge)
                .queryParam("code_challenge_method", "S256")
                .build();
    }

    @Override
    public ProviderIdentity identify(String code, String codeVerifier, URI redirectUri) {
        var tokenUri = URI.create(settings.tokenUrl());
        var token = http.postForm(name(), tokenUri, Map.of("client_id", settings.clientId(),
                "client_secret", Objects.requireNonNullElse(settings.clientSecret(), ""), "code", code,
                "redirect_uri", redirectUri.toString(), "code_verifier", codeVerifier,
                "grant_type", "authorization_code"));
        if (!(token.get("access_token") instanceof String accessToken) || accessToken.isBlank()) {
            throw ProviderHttp.failure(name(), tokenUri, "no access token (" + token.get("error") + ")", null);
        }
        var userinfoUri = URI.create(settings.userinfoUrl());
        var info = http.getObject(name(), userinfoUri, accessToken);
        if (!(info.get("sub") instanceof String subject) || subject.isBlank()) {
            throw ProviderHttp.failure(name(), userinfoUri, "no subject", null);
        }
        var verified = info.get("email_verified");
        var names = Names.split(info.get("name"));
        var email = ProviderHttp.optionalText(name(), userinfoUri, info, "email");
        return new ProviderIdentity(name(), subject, "", email,
                Boolean.TRUE.equals(verified) || "true".equals(verified),
                info.get("given_name") instanceof String given ? given : names[0],
                info.get("family_name") instanceof String family ? family : names[1]);
    }
}
