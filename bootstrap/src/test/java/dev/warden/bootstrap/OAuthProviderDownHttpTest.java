package dev.warden.bootstrap;

import static dev.warden.bootstrap.OAuthService.assertError;
import static dev.warden.bootstrap.OAuthService.uniqueId;
import static dev.warden.bootstrap.OAuthService.uniqueName;

import dev.warden.bootstrap.GitHubStandIn.Account;
import dev.warden.bootstrap.OAuthService.Provider;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A provider that is gone (its port refuses connections) makes the callback 502 'OAuth provider error'. */
class OAuthProviderDownHttpTest {
    @RegisterExtension
    static final OAuthService service = OAuthService.with(List.of(Provider.GITHUB));

    @Test
    void aProviderThatRefusesConnectionsIsAProviderError() {
        var login = uniqueName("down");
        var redirect = service.start("github");
        var approval = service.approveAtGitHub(redirect,
                Account.withEmail(uniqueId(), login, login + "@example.com", true));

        service.github.close();

        assertError(service.callback("github", approval, redirect.cookie()), 502, "OAuth provider error");
    }
}
