package dev.warden.adapter.oauth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/** AUTH_OAUTH_GITHUB_*: GitHub (or GitHub Enterprise, or a stand-in) is enabled when a client id is set. */
@ConfigurationProperties("auth.oauth.github")
public record GitHubSettings(
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Bindable(defaultValue = "https://github.com/login/oauth/authorize") String authorizeUrl,
        @Bindable(defaultValue = "https://github.com/login/oauth/access_token") String tokenUrl,
        @Bindable(defaultValue = "https://api.github.com") String apiUrl) {

    public boolean enabled() {
        return clientId != null && !clientId.isBlank();
    }

    @Override
    public String toString() {
        return "GitHubSettings[" + clientId + ", " + authorizeUrl + "]";
    }
}
