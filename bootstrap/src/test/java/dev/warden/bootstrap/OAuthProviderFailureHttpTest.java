package dev.warden.bootstrap;

import static dev.warden.bootstrap.OAuthService.assertError;
import static dev.warden.bootstrap.OAuthService.uniqueId;
import static dev.warden.bootstrap.OAuthService.uniqueName;

import dev.warden.bootstrap.GitHubStandIn.Account;
import dev.warden.bootstrap.OAuthService.Provider;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A provider that fails or answers nonsense makes the callback 502 'OAuth provider error', never a 500. */
class OAuthProviderFailureHttpTest {
    private static final String PROVIDER_ERROR = "OAuth provider error";
    @RegisterExtension
    static final OAuthService service = OAuthService.with(List.of(Provider.GITHUB));

    @AfterEach
    void repair() {
        service.github.repair();
    }

    private static Account account() {
        var login = uniqueName("fail");
        return Account.withEmail(uniqueId(), login, login + "@example.com", true);
    }

    @Test
    void aTokenEndpointAnswering500IsAProviderError() {
        service.github.fail(GitHubStandIn.TOKEN, 500, "{\"message\":\"Server Error\"}");

        assertError(service.signInWithGitHub(account()), 502, PROVIDER_ERROR);
    }

    @Test
    void aTokenEndpointAnsweringGarbageIsAProviderError() {
        service.github.fail(GitHubStandIn.TOKEN, 200, "<html><body>Unicorn!</body></html>");

        assertError(service.signInWithGitHub(account()), 502, PROVIDER_ERROR);
    }

    @Test
    void aTokenEndpointAnsweringAnErrorInsteadOfATokenIsAProviderError() {
        service.github.fail(GitHubStandIn.TOKEN, 200, "{\"error\":\"bad_verification_code\"}");

        assertError(service.signInWithGitHub(account()), 502, PROVIDER_ERROR);
    }

    @Test
    void aUserEndpointAnswering500IsAProviderError() {
        service.github.fail(GitHubStandIn.USER, 500, "{\"message\":\"Server Error\"}");

        assertError(service.signInWithGitHub(account()), 502, PROVIDER_ERROR);
    }

    @Test
    void aUserEndpointAnsweringAListIsAProviderError() {
        service.github.fail(GitHubStandIn.USER, 200, "[1, 2, 3]");

        assertError(service.signInWithGitHub(account()), 502, PROVIDER_ERROR);
    }

    @Test
    void aUserWithoutIdIsAProviderError() {
        service.github.fail(GitHubStandIn.USER, 200, "{\"login\":\"ghost\"}");

        assertError(service.signInWithGitHub(account()), 502, PROVIDER_ERROR);
    }

    @Test
    void anEmailsEndpointAnsweringGarbageIsAProviderError() {
        service.github.fail(GitHubStandIn.EMAILS, 200, "{not json");

        assertError(service.signInWithGitHub(account()), 502, PROVIDER_ERROR);
    }

    @Test
    void anEmailsEndpointAnswering500IsAProviderError() {
        service.github.fail(GitHubStandIn.EMAILS, 503, "{\"message\":\"Unavailable\"}");

        assertError(service.signInWithGitHub(account()), 502, PROVIDER_ERROR);
    }

    @Test
    void aProfileWithANonTextEmailIsAProviderError() {
        var account = new Account(uniqueId(), uniqueName("numeric"), "Num Eric", null, List.of());
        service.github.fail(GitHubStandIn.USER, 200,
                "{\"id\":" + account.id() + ",\"login\":\"" + account.login() + "\",\"email\":42}");

        assertError(service.signInWithGitHub(account), 502, PROVIDER_ERROR);
    }

    @Test
    void aProviderEmailThatIsNotAnAddressIsAProviderError() {
        var account = Account.withEmail(uniqueId(), uniqueName("noaddress"), "not-an-address", true);

        assertError(service.signInWithGitHub(account), 502, PROVIDER_ERROR);
    }
}
