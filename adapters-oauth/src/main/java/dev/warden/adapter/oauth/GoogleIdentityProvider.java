package dev.warden.adapter.oauth;

import dev.warden.domain.oauth.ProviderIdentity;
import java.net.URI;

/** Google's OpenID Connect: scope {@code openid email profile}; who signed in from the userinfo endpoint. */
public final class GoogleIdentityProvider extends CodeFlowIdentityProvider {
    private final GoogleSettings settings;
    private final ProviderHttp http;

    GoogleIdentityProvider(GoogleSettings settings, ProviderHttp http) {
        super("google", settings.clientId(), settings.clientSecret(), settings.authorizeUrl(), settings.tokenUrl(),
                "openid email profile", http);
        this.settings = settings;
        this.http = http;
    }

    @Override
    ProviderIdentity identify(String accessToken) {
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
