package dev.warden.adapter.oauth;

import dev.warden.application.oauth.port.out.IdentityProvider;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The identity providers that are configured (a client id set), built on one HTTP client. */
@Singleton
public class IdentityProviders {
    private final List<IdentityProvider> configured;

    IdentityProviders(GitHubSettings github, GoogleSettings google, HttpClient client, JsonMapper json) {
        var http = new ProviderHttp(client, json);
        var providers = new ArrayList<IdentityProvider>();
        if (github.enabled()) {
            providers.add(new GitHubIdentityProvider(github, http));
        }
        if (google.enabled()) {
            providers.add(new GoogleIdentityProvider(google, http));
        }
        this.configured = List.copyOf(providers);
    }

    public List<IdentityProvider> configured() {
        return configured;
    }
}
