package dev.warden.bootstrap;

import static dev.warden.bootstrap.OAuthService.GOOGLE_CLIENT_ID;
import static dev.warden.bootstrap.OAuthService.GOOGLE_ISSUER;
import static dev.warden.bootstrap.OAuthService.PUBLIC_URL;
import static dev.warden.bootstrap.OAuthService.assertError;
import static dev.warden.bootstrap.OAuthService.googleClaims;
import static dev.warden.bootstrap.OAuthService.uniqueId;
import static dev.warden.bootstrap.OAuthService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.bootstrap.GitHubStandIn.Account;
import dev.warden.bootstrap.OAuthService.Provider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sign-in with Google end to end, against mock-oauth2-server (a real OpenID Connect server that checks PKCE),
 * and the rules between the two providers.
 */
class GoogleSignInHttpTest {
    @RegisterExtension
    static final OAuthService service = OAuthService.with(List.of(Provider.GITHUB, Provider.GOOGLE));

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    @Test
    void theRedirectToGoogleCarriesEveryParameterOfTheAuthorizationRequest() {
        var redirect = service.start("google");

        assertThat(redirect.location().toString())
                .startsWith(service.google.authorizationEndpointUrl(GOOGLE_ISSUER) + "?");
        assertThat(redirect.params()).containsOnlyKeys("client_id", "redirect_uri", "response_type", "scope", "state",
                        "code_challenge", "code_challenge_method")
                .containsEntry("client_id", GOOGLE_CLIENT_ID)
                .containsEntry("redirect_uri", PUBLIC_URL + "/api/auth/oauth/google/callback")
                .containsEntry("response_type", "code")
                .containsEntry("scope", "openid email profile")
                .containsEntry("code_challenge_method", "S256");
        assertThat(redirect.params().get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(redirect.params().get("state")).isNotBlank();
    }

    @Test
    void aNewGoogleUserGetsATokenPairThatWorksOnMe() {
        var local = uniqueName("grace");
        var subject = subject();

        var reply = service.signInWithGoogle(subject, googleClaims(local + "@gmail.example.com", true));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).containsOnlyKeys("access_token", "refresh_token", "token_type", "expires_in")
                .containsEntry("token_type", "bearer").containsEntry("expires_in", 604800);
        assertThat(service.me(reply)).containsEntry("oauth_provider", "google")
                .containsEntry("oauth_id", subject)
                .containsEntry("username", local)
                .containsEntry("email", local + "@gmail.example.com")
                .containsEntry("email_verified", true)
                .containsEntry("first_name", "Grace").containsEntry("last_name", "Hopper");
    }

    @Test
    void aNewGoogleUserWithAnUnverifiedEmailKeepsItUnverified() {
        var local = uniqueName("unverified");

        var me = service.me(service.signInWithGoogle(subject(), googleClaims(local + "@gmail.example.com", false)));

        assertThat(me).containsEntry("email", local + "@gmail.example.com").containsEntry("email_verified", false)
                .containsEntry("oauth_provider", "google");
    }

    @Test
    void anAccountCreatedThroughGoogleCannotLogInWithAPassword() {
        var local = uniqueName("gnopass");
        assertThat(service.signInWithGoogle(subject(), googleClaims(local + "@gmail.example.com", true)).status())
                .isEqualTo(200);

        assertError(service.passwordLogin(local), 401, "Invalid credentials");
    }

    @Test
    void aPasswordAccountWithTheSameVerifiedEmailIsLinkedToGoogle() {
        var name = uniqueName("glink");
        var registered = service.register(name, name + "@example.com");
        var subject = subject();

        var me = service.me(service.signInWithGoogle(subject, googleClaims(name + "@example.com", true)));

        assertThat(me).containsEntry("id", registered.get("id")).containsEntry("username", name)
                .containsEntry("email_verified", true).containsEntry("oauth_provider", "google")
                .containsEntry("oauth_id", subject);
    }

    @Test
    void aDeactivatedPasswordAccountIsNotLinkedToGoogle() {
        var name = uniqueName("gdeact");
        service.deactivate(service.register(name, name + "@example.com").get("id"));

        assertError(service.signInWithGoogle(subject(), googleClaims(name + "@example.com", true)), 403,
                "Account is disabled");
    }

    @Test
    void anUnverifiedGoogleEmailNeverLinksTheAccountThatHoldsIt() {
        var name = uniqueName("gvictim");
        service.register(name, name + "@example.com");

        assertError(service.signInWithGoogle(subject(), googleClaims(name + "@example.com", false)), 409,
                "Email already registered");

        var me = service.me(service.passwordLogin(name));
        assertThat(me).containsEntry("email_verified", false);
        assertThat(me.get("oauth_provider")).isNull();
        assertThat(me.get("oauth_id")).isNull();
    }

    @Test
    void anotherGoogleAccountWithTheSameEmailIsAProviderMismatch() {
        var email = uniqueName("gshared") + "@gmail.example.com";
        var owner = subject();
        var ownerId = service.me(service.signInWithGoogle(owner, googleClaims(email, true))).get("id");

        assertError(service.signInWithGoogle(subject(), googleClaims(email, true)), 403, "OAuth provider mismatch");

        assertThat(service.me(service.signInWithGoogle(owner, googleClaims(email, true))).get("id")).isEqualTo(ownerId);
    }

    @Test
    void anEmailRegisteredWithGoogleIsRefusedToGitHub() {
        var email = uniqueName("both") + "@gmail.example.com";
        var subject = subject();
        var googleUser = service.me(service.signInWithGoogle(subject, googleClaims(email, true)));

        var github = Account.withEmail(uniqueId(), uniqueName("ghboth"), email, true);
        assertError(service.signInWithGitHub(github), 403, "Email already registered with google");

        var again = service.me(service.signInWithGoogle(subject, googleClaims(email, true)));
        assertThat(again).containsEntry("id", googleUser.get("id")).containsEntry("oauth_provider", "google");
    }

    @Test
    void anEmailRegisteredWithGitHubIsRefusedToGoogle() {
        var email = uniqueName("ghfirst") + "@example.com";
        service.me(service.signInWithGitHub(Account.withEmail(uniqueId(), uniqueName("ghuser"), email, true)));

        assertError(service.signInWithGoogle(subject(), googleClaims(email, true)), 403,
                "Email already registered with github");
    }

    @Test
    void aTakenUsernameGetsARandomSuffixForAGoogleUser() {
        var local = uniqueName("gtaken");
        service.register(local, local + "@example.com");

        var me = service.me(service.signInWithGoogle(subject(), googleClaims(local + "@gmail.example.com", true)));

        assertThat((String) me.get("username")).matches(local + "-[0-9a-f]{6}");
    }

    @Test
    void aGitHubStateDoesNotCompleteAGoogleSignIn() {
        var githubRedirect = service.start("github");
        var approval = service.approveAtGitHub(githubRedirect,
                Account.withEmail(uniqueId(), uniqueName("cross"), uniqueName("cross") + "@example.com", true));

        var reply = service.callback("google", approval, githubRedirect.cookie());

        assertError(reply, 403, "Invalid OAuth state");
    }

    @Test
    void aUserinfoWithANonTextEmailIsAProviderError() {
        var reply = service.signInWithGoogle(subject(), Map.of("email", 42, "email_verified", true));

        assertError(reply, 502, "OAuth provider error");
    }
}
