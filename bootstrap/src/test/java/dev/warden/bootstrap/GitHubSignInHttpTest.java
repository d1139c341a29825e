package dev.warden.bootstrap;

import static dev.warden.bootstrap.OAuthService.PUBLIC_URL;
import static dev.warden.bootstrap.OAuthService.assertError;
import static dev.warden.bootstrap.OAuthService.uniqueId;
import static dev.warden.bootstrap.OAuthService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.bootstrap.GitHubStandIn.Account;
import dev.warden.bootstrap.GitHubStandIn.Email;
import dev.warden.bootstrap.OAuthService.Provider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-in with GitHub end to end, against a GitHub stand-in on a real port: the redirect, the callback, linking. */
class GitHubSignInHttpTest {
    @RegisterExtension
    static final OAuthService service = OAuthService.with(List.of(Provider.GITHUB, Provider.GOOGLE));

    private static Account newAccount(String login) {
        return Account.withEmail(uniqueId(), login, login + "@users.example.com", true);
    }

    @Test
    void theRedirectToGitHubCarriesEveryParameterOfTheAuthorizationRequest() {
        var redirect = service.start("github");

        assertThat(redirect.location().toString()).startsWith(service.github.authorizeUrl() + "?");
        assertThat(redirect.params()).containsOnlyKeys("client_id", "redirect_uri", "response_type", "scope", "state",
                        "code_challenge", "code_challenge_method")
                .containsEntry("client_id", GitHubStandIn.CLIENT_ID)
                .containsEntry("redirect_uri", PUBLIC_URL + "/api/auth/oauth/github/callback")
                .containsEntry("response_type", "code")
                .containsEntry("scope", "user:email")
                .containsEntry("code_challenge_method", "S256");
        assertThat(redirect.params().get("state")).hasSizeGreaterThanOrEqualTo(22);
        assertThat(redirect.params().get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(redirect.reply().header("Cache-Control")).contains("no-store");
    }

    @Test
    void theRedirectSetsAShortLivedHttpOnlyPreLoginCookie() {
        var cookie = service.start("github").preLogin();

        assertThat(cookie.value()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(cookie.attribute("Path")).contains("/api/auth/oauth");
        assertThat(cookie.attribute("Max-Age")).contains("600");
        assertThat(cookie.attribute("SameSite")).hasValueSatisfying(value -> assertThat(value).isEqualToIgnoringCase("Lax"));
        assertThat(cookie.has("HttpOnly")).isTrue();
    }

    @Test
    void everyRedirectHasItsOwnStateChallengeAndCookie() {
        var first = service.start("github");
        var second = service.start("github");

        assertThat(second.params().get("state")).isNotEqualTo(first.params().get("state"));
        assertThat(second.params().get("code_challenge")).isNotEqualTo(first.params().get("code_challenge"));
        assertThat(second.preLogin().value()).isNotEqualTo(first.preLogin().value());
    }

    @Test
    void aNewGitHubUserGetsATokenPairThatWorksOnMe() {
        var login = uniqueName("octo");
        var account = service.github.add(newAccount(login));

        var reply = service.signInWithGitHub(account);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).containsOnlyKeys("access_token", "refresh_token", "token_type", "expires_in")
                .containsEntry("token_type", "bearer").containsEntry("expires_in", 604800);
        assertThat(reply.header("Cache-Control")).contains("no-store");
        assertThat(OAuthService.preLoginCookieOf(reply).attribute("Max-Age")).as("the pre-login cookie is cleared")
                .contains("0");
        assertThat(service.me(reply)).containsEntry("oauth_provider", "github")
                .containsEntry("oauth_id", Long.toString(account.id()))
                .containsEntry("username", login)
                .containsEntry("email", login + "@users.example.com")
                .containsEntry("email_verified", true)
                .containsEntry("first_name", "Octo").containsEntry("last_name", "Cat")
                .containsEntry("is_active", true);
    }

    @Test
    void theCodeIsExchangedWithTheClientSecretAndThePkceVerifierOfTheChallenge() {
        var account = newAccount(uniqueName("pkce"));
        var redirect = service.start("github");
        var approval = service.approveAtGitHub(redirect, account);

        var reply = service.callback("github", approval, redirect.cookie());

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        var exchange = service.github.tokenRequests().getLast();
        assertThat(exchange).containsEntry("client_id", GitHubStandIn.CLIENT_ID)
                .containsEntry("client_secret", GitHubStandIn.CLIENT_SECRET)
                .containsEntry("code", approval.code())
                .containsEntry("redirect_uri", PUBLIC_URL + "/api/auth/oauth/github/callback");
        assertThat(GitHubStandIn.s256(exchange.get("code_verifier")))
                .isEqualTo(redirect.params().get("code_challenge"));
    }

    @Test
    void theRefreshTokenOfAGitHubSignInRefreshes() {
        var reply = service.signInWithGitHub(newAccount(uniqueName("refresh")));

        var refreshed = service.api.post("/api/auth/refresh", Map.of("refresh_token", reply.string("refresh_token")));

        assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
        assertThat(refreshed.string("access_token")).isNotBlank().isNotEqualTo(reply.string("access_token"));
    }

    @Test
    void anAccountCreatedThroughGitHubCannotLogInWithAPassword() {
        var login = uniqueName("nopass");
        assertThat(service.signInWithGitHub(newAccount(login)).status()).isEqualTo(200);

        assertError(service.passwordLogin(login), 401, "Invalid credentials");
    }

    @Test
    void signingInAgainWithTheSameGitHubAccountReachesTheSameUser() {
        var account = newAccount(uniqueName("again"));
        var first = service.me(service.signInWithGitHub(account));

        var second = service.me(service.signInWithGitHub(account));

        assertThat(second.get("id")).isEqualTo(first.get("id"));
        assertThat(second.get("username")).isEqualTo(first.get("username"));
    }

    @Test
    void aDeactivatedGitHubAccountCannotSignIn() {
        var account = newAccount(uniqueName("gone"));
        service.deactivate(service.me(service.signInWithGitHub(account)).get("id"));

        assertError(service.signInWithGitHub(account), 403, "Account is disabled");
    }

    @Test
    void aPasswordAccountThatNeverVerifiedTheEmailIsTakenOverByItsOwnerAtGitHub() {
        var name = uniqueName("linkme");
        var registered = service.register(name, name + "@example.com");
        var account = Account.withEmail(uniqueId(), uniqueName("gh"), name + "@example.com", true);

        var me = service.me(service.signInWithGitHub(account));

        assertThat(me).containsEntry("id", registered.get("id")).containsEntry("username", name)
                .containsEntry("email_verified", true).containsEntry("oauth_provider", "github")
                .containsEntry("oauth_id", Long.toString(account.id()));
        // Whoever registered the address never proved it; GitHub proved its owner: the registrant's password ends.
        assertThat(service.passwordLogin(name).status()).as("the registrant's password").isEqualTo(401);
    }

    @Test
    void anUnverifiedGitHubEmailNeverLinksTheAccountThatHoldsIt() {
        var name = uniqueName("victim");
        service.register(name, name + "@example.com");
        var attacker = Account.withEmail(uniqueId(), uniqueName("attacker"), name + "@example.com", false);

        assertError(service.signInWithGitHub(attacker), 409, "Email already registered");

        var me = service.me(service.passwordLogin(name));
        assertThat(me).containsEntry("username", name).containsEntry("email_verified", false);
        assertThat(me.get("oauth_provider")).isNull();
        assertThat(me.get("oauth_id")).isNull();
    }

    @Test
    void aPublicProfileEmailIsNeverTrustedToLinkAnAccount() {
        var name = uniqueName("public");
        service.register(name, name + "@example.com");
        var account = new Account(uniqueId(), uniqueName("claims"), "Claims Public", name + "@example.com", List.of());

        assertError(service.signInWithGitHub(account), 409, "Email already registered");

        assertThat(service.me(service.passwordLogin(name)).get("oauth_provider")).isNull();
    }

    @Test
    void anotherGitHubAccountWithTheSameEmailIsAProviderMismatch() {
        var email = uniqueName("shared") + "@example.com";
        var owner = Account.withEmail(uniqueId(), uniqueName("owner"), email, true);
        var ownerId = service.me(service.signInWithGitHub(owner)).get("id");
        var other = Account.withEmail(uniqueId(), uniqueName("other"), email, true);

        assertError(service.signInWithGitHub(other), 403, "OAuth provider mismatch");

        assertThat(service.me(service.signInWithGitHub(owner)).get("id")).isEqualTo(ownerId);
    }

    @Test
    void aTakenUsernameGetsARandomSuffix() {
        var login = uniqueName("taken");
        service.register(login, login + "@example.com");
        var account = Account.withEmail(uniqueId(), login, uniqueName("else") + "@users.example.com", true);

        var me = service.me(service.signInWithGitHub(account));

        assertThat((String) me.get("username")).matches(login + "-[0-9a-f]{6}");
        assertThat(me).containsEntry("oauth_id", Long.toString(account.id()));
    }

    @Test
    void theUsernameIsTakenCaseInsensitively() {
        var login = uniqueName("Case");
        service.register(login.toLowerCase(), login.toLowerCase() + "@example.com");
        var account = Account.withEmail(uniqueId(), login, uniqueName("upper") + "@users.example.com", true);

        var me = service.me(service.signInWithGitHub(account));

        assertThat((String) me.get("username")).matches(login + "-[0-9a-f]{6}");
    }

    @Test
    void theEmailIsThePrimaryOneNotAnotherVerifiedOne() {
        var name = uniqueName("primary");
        var primary = name + "@primary.example.com";
        var account = service.github.add(new Account(uniqueId(), name, "Mona Lisa", null, List.of(
                new Email(name + "@secondary.example.com", false, true), new Email(primary, true, true))));

        var me = service.me(service.signInWithGitHub(account));

        assertThat(me).containsEntry("email", primary).containsEntry("email_verified", true)
                .containsEntry("first_name", "Mona").containsEntry("last_name", "Lisa");
    }

    @Test
    void aGitHubAccountWithoutAnyEmailIsRefused() {
        var account = new Account(uniqueId(), uniqueName("noemail"), "No Mail", null, List.of());

        assertError(service.signInWithGitHub(account), 403, "The OAuth provider gave no email address");
    }

    @Test
    void anAccountWithTotpGetsTheChallengeAtTheCallbackAndTheCodeFinishesIt() {
        var account = newAccount(uniqueName("octomfa"));
        var access = service.signInWithGitHub(account).string("access_token");
        var app = new dev.warden.adapter.inprocess.LibraryTotpGenerator();
        var secret = service.api.post("/api/auth/mfa/totp/setup", "", "Authorization", Api.bearer(access)).string("secret");
        long step = dev.warden.domain.mfa.TotpPolicy.stepAt(java.time.Instant.now());
        var enabled = service.api.post("/api/auth/mfa/totp/enable", Map.of("code", app.codeAt(secret, step)),
                "Authorization", Api.bearer(access));
        assertThat(enabled.status()).as(enabled.text()).isEqualTo(200);

        var stopped = service.signInWithGitHub(account);

        assertThat(stopped.status()).as(stopped.text()).isEqualTo(401);
        assertThat(stopped.detail()).isEqualTo("Multi-factor authentication required");
        assertThat(stopped.body()).doesNotContainKeys("access_token", "refresh_token");
        @SuppressWarnings("unchecked")
        var mfaToken = (String) ((Map<String, Object>) stopped.body().get("extra")).get("mfa_token");
        // the next step's code: accepted whether or not the clock has moved on since enabling
        var done = service.api.post("/api/auth/mfa/totp/verify",
                Map.of("mfa_token", mfaToken, "code", app.codeAt(secret, step + 1)));
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(service.me(done)).containsEntry("oauth_provider", "github");
    }
}
