package dev.warden.bootstrap;

import static dev.warden.bootstrap.OAuthService.assertError;
import static dev.warden.bootstrap.OAuthService.uniqueId;
import static dev.warden.bootstrap.OAuthService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.bootstrap.GitHubStandIn.Account;
import dev.warden.bootstrap.OAuthService.Approval;
import dev.warden.bootstrap.OAuthService.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The callback's guard: a state works once, in the browser that started the sign-in, for ten minutes; nothing is
 * asked of the provider before that holds. Only GitHub is configured here; Google is not.
 */
class OAuthStateHttpTest {
    @RegisterExtension
    static final OAuthService service = OAuthService.with(List.of(Provider.GITHUB), "mutable-clock");
    private static MutableClock clock;

    @BeforeAll
    static void takeTheClock() {
        clock = service.server.getApplicationContext().getBean(MutableClock.class);
    }

    private static Account account() {
        var login = uniqueName("state");
        return Account.withEmail(uniqueId(), login, login + "@example.com", true);
    }

    /** A sign-in started and approved at GitHub, waiting for the browser to come back. */
    private record Started(OAuthService.Redirect redirect, Approval approval) {}

    private static Started approved() {
        var redirect = service.start("github");
        return new Started(redirect, service.approveAtGitHub(redirect, account()));
    }

    /** The reply, and whether the service asked GitHub for a token while answering it. */
    private static Api.Reply callbackWithoutExchange(Approval approval, String cookie) {
        int exchanges = service.github.tokenRequests().size();
        var reply = service.callback("github", approval, cookie);
        assertThat(service.github.tokenRequests()).as("code exchanges with GitHub").hasSize(exchanges);
        return reply;
    }

    @Test
    void aStateWorksOnlyOnce() {
        var started = approved();
        assertThat(service.callback("github", started.approval(), started.redirect().cookie()).status()).isEqualTo(200);

        var replay = callbackWithoutExchange(started.approval(), started.redirect().cookie());

        assertError(replay, 403, "Invalid OAuth state");
    }

    @Test
    void aStateBroughtBackWithAnotherBrowsersCookieIsRefused() {
        var victim = approved();
        var otherBrowser = service.start("github");

        var reply = callbackWithoutExchange(victim.approval(), otherBrowser.cookie());

        assertError(reply, 403, "Invalid OAuth state");
    }

    @Test
    void aStateBroughtBackWithoutThePreLoginCookieIsRefused() {
        var started = approved();

        assertError(callbackWithoutExchange(started.approval(), null), 403, "Invalid OAuth state");
    }

    @Test
    void anUnknownStateIsRefusedEvenWithAPreLoginCookie() {
        var started = approved();
        var forged = new Approval(started.approval().code(), "forged-" + started.approval().state());

        assertError(callbackWithoutExchange(forged, started.redirect().cookie()), 403, "Invalid OAuth state");
    }

    @Test
    void aCallbackWithoutStateIsRefused() {
        var started = approved();
        var path = "/api/auth/oauth/github/callback?code=" + started.approval().code();

        assertError(service.api.get(path, "Cookie", started.redirect().cookie()), 403, "Invalid OAuth state");
    }

    @Test
    void aStateStillWorksNineMinutesLater() {
        var started = approved();

        clock.advance(Duration.ofMinutes(9));

        var reply = service.callback("github", started.approval(), started.redirect().cookie());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.string("access_token")).isNotBlank();
    }

    @Test
    void aStateExpiresAfterTenMinutes() {
        var started = approved();

        clock.advance(Duration.ofMinutes(11));

        assertError(callbackWithoutExchange(started.approval(), started.redirect().cookie()), 403,
                "Invalid OAuth state");
    }

    @Test
    void aCallbackWithoutCodeIs422() {
        var started = approved();
        var path = "/api/auth/oauth/github/callback?state=" + started.approval().state();

        var reply = service.api.get(path, "Cookie", started.redirect().cookie());

        assertThat(reply.status()).as(reply.text()).isEqualTo(422);
        assertThat(reply.body()).containsEntry("detail", "Validation failed").containsEntry("status_code", 422)
                .containsEntry("extra", Map.of("fields", Map.of("code", List.of("must not be blank"))));
    }

    @Test
    void anUnknownProviderIs404() {
        var reply = service.api.get("/api/auth/oauth/myspace");

        assertError(reply, 404, "Unknown OAuth provider");
        assertThat(reply.header("Location")).isEmpty();
    }

    @Test
    void theCallbackOfAnUnknownProviderIs404() {
        var started = approved();

        var reply = service.callback("myspace", started.approval(), started.redirect().cookie());

        assertError(reply, 404, "Unknown OAuth provider");
    }

    @Test
    void aProviderWithoutClientIdIs404() {
        var reply = service.api.get("/api/auth/oauth/google");

        assertError(reply, 404, "Unknown OAuth provider");
        assertThat(reply.header("Location")).isEmpty();
    }

    @Test
    void theCallbackOfAProviderWithoutClientIdIs404() {
        var started = approved();

        assertError(service.callback("google", started.approval(), started.redirect().cookie()), 404,
                "Unknown OAuth provider");
    }
}
