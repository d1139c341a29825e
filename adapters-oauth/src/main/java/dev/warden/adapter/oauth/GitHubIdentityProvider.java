package dev.warden.adapter.oauth;

import dev.warden.domain.oauth.ProviderIdentity;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** GitHub's OAuth apps: scope {@code user:email}; the primary verified address from {@code /user/emails}. */
public final class GitHubIdentityProvider extends CodeFlowIdentityProvider {
    private final GitHubSettings settings;
    private final ProviderHttp http;

    GitHubIdentityProvider(GitHubSettings settings, ProviderHttp http) {
        super("github", settings.clientId(), settings.clientSecret(), settings.authorizeUrl(), settings.tokenUrl(),
                "user:email", http);
        this.settings = settings;
        this.http = http;
    }

    @Override
    ProviderIdentity identify(String accessToken) {
        var api = settings.apiUrl().endsWith("/") ? settings.apiUrl() : settings.apiUrl() + "/";
        var userUri = URI.create(api + "user");
        var user = http.getObject(name(), userUri, accessToken);
        var id = user.get("id");
        if (id == null) {
            throw ProviderHttp.failure(name(), userUri, "no user id", null);
        }
        var email = primaryVerifiedEmail(accessToken, api);
        var names = Names.split(user.get("name"));
        return new ProviderIdentity(name(), idText(id), String.valueOf(user.getOrDefault("login", "")),
                email.map(Email::address).or(() -> ProviderHttp.optionalText(name(), userUri, user, "email")),
                email.map(Email::verified).orElse(false), names[0], names[1]);
    }

    private record Email(String address, boolean verified) {}

    private Optional<Email> primaryVerifiedEmail(String accessToken, String api) {
        var emails = ProviderHttp.list(http.getJson(name(), URI.create(api + "user/emails"), accessToken));
        return emails.stream()
                .filter(Map.class::isInstance).map(Map.class::cast)
                .filter(entry -> Boolean.TRUE.equals(entry.get("primary")) && entry.get("email") instanceof String)
                .map(entry -> new Email((String) entry.get("email"), Boolean.TRUE.equals(entry.get("verified"))))
                .findFirst();
    }

    private static String idText(Object id) {
        return id instanceof Number number ? Long.toString(number.longValue()) : String.valueOf(id);
    }
}
