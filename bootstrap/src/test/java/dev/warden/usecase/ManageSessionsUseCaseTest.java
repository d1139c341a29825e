package dev.warden.usecase;

import static dev.warden.usecase.Warden.T0;
import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warden.application.session.port.in.SessionEntry.Kind;
import dev.warden.application.session.port.in.SessionEntry;
import dev.warden.application.session.port.in.SessionSecretCommand;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ManageSessionsUseCaseTest {
    private static final AuthError SESSION_NOT_FOUND = new AuthError.SessionNotFound();
    private static final AuthError AUTHENTICATION_REQUIRED = new AuthError.AuthenticationRequired();
    private static final AuthError INVALID_TOKEN = new AuthError.InvalidToken();
    private static final AuthError INVALID_REFRESH_TOKEN = new AuthError.InvalidRefreshToken();
    private static final ClientInfo FIREFOX = new ClientInfo("Firefox/140", "10.0.0.7");
    private static final ClientInfo CURL = new ClientInfo("curl/8.5", "10.0.0.8");

    private final Warden warden = new Warden();
    private final User ada = warden.registered("ada");
    private final User grace = warden.registered("grace");

    private List<SessionEntry> listedFor(Caller caller) {
        return warden.manageSessions.list(caller);
    }

    private UUID familyOf(TokenPair pair) {
        return warden.refreshTokens.findByHash(TokenDigest.of(pair.refreshToken())).orElseThrow().familyId();
    }

    private AuthError revoking(Caller caller, UUID id) {
        return errorOf(() -> warden.manageSessions.revoke(caller, id));
    }

    private AuthError authenticatingSession(String secret) {
        return errorOf(() -> warden.sessionOf(secret));
    }

    private AuthError authenticating(TokenPair pair) {
        return errorOf(() -> warden.authenticated(pair.accessToken()));
    }

    private AuthError refreshing(TokenPair pair) {
        return errorOf(() -> warden.refreshed(pair.refreshToken()));
    }

    @Test
    void listShowsTheUsersSessionsAndTokenFamiliesOldestFirstWithTheirClients() {
        var browser = warden.sessionStarted("ada", FIREFOX);
        warden.clock.advance(Duration.ofHours(1));
        var cli = warden.loggedIn("ada", CURL);
        warden.sessionStarted("grace", FIREFOX);
        warden.loggedIn("grace", CURL);

        assertThat(listedFor(warden.callerWith(browser)))
                .extracting(SessionEntry::id, SessionEntry::kind, SessionEntry::createdAt, SessionEntry::client)
                .containsExactly(
                        tuple(browser.session().id(), Kind.SESSION, T0, FIREFOX),
                        tuple(familyOf(cli), Kind.REFRESH_TOKEN, T0.plus(Duration.ofHours(1)), CURL));
    }

    @Test
    void theCallersSessionIsCurrentWhenCallingWithTheCookie() {
        var browser = warden.sessionStarted("ada", FIREFOX);
        var otherBrowser = warden.sessionStarted("ada", FIREFOX);
        var cli = warden.loggedIn("ada", CURL);

        assertThat(listedFor(warden.callerWith(browser)))
                .extracting(SessionEntry::id, SessionEntry::current)
                .containsExactlyInAnyOrder(
                        tuple(browser.session().id(), true),
                        tuple(otherBrowser.session().id(), false),
                        tuple(familyOf(cli), false));
    }

    @Test
    void theCallersTokenFamilyIsCurrentWhenCallingWithTheAccessToken() {
        var browser = warden.sessionStarted("ada", FIREFOX);
        var cli = warden.loggedIn("ada", CURL);
        var otherCli = warden.loggedIn("ada", CURL);

        assertThat(listedFor(warden.callerWith(cli)))
                .extracting(SessionEntry::id, SessionEntry::current)
                .containsExactlyInAnyOrder(
                        tuple(browser.session().id(), false),
                        tuple(familyOf(cli), true),
                        tuple(familyOf(otherCli), false));
    }

    @Test
    void lastUseFollowsTheSessionsUseAndTheFamilysLatestRefresh() {
        var browser = warden.sessionStarted("ada", FIREFOX);
        var cli = warden.loggedIn("ada", CURL);
        warden.clock.advance(Duration.ofHours(2));
        var rotated = warden.refreshed(cli.refreshToken());
        warden.clock.advance(Duration.ofHours(1));

        var entries = listedFor(warden.callerWith(rotated));

        assertThat(entries)
                .extracting(SessionEntry::id, SessionEntry::createdAt, SessionEntry::lastUsedAt, SessionEntry::current)
                .containsExactly(
                        tuple(browser.session().id(), T0, T0, false),
                        tuple(familyOf(cli), T0, T0.plus(Duration.ofHours(2)), true));
        assertThat(listedFor(warden.callerWith(browser)).getFirst().lastUsedAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
    }

    @Test
    void endedOrExpiredSessionsAndLoggedOutFamiliesAreNotListed() {
        var stale = warden.sessionStarted("ada");
        var ended = warden.sessionStarted("ada");
        var loggedOut = warden.loggedIn("ada");
        warden.sessionLogout.endSession(new SessionSecretCommand(ended.secret()));
        warden.logOut(loggedOut, Optional.empty());
        warden.clock.advance(Duration.ofDays(7));
        var fresh = warden.sessionStarted("ada");

        assertThat(listedFor(warden.callerWith(fresh))).extracting(SessionEntry::id)
                .containsExactly(fresh.session().id())
                .doesNotContain(stale.session().id());
    }

    @Test
    void revokingASessionByIdMakesItsCookieUseless() {
        var phone = warden.sessionStarted("ada");
        var laptop = warden.sessionStarted("ada");

        warden.manageSessions.revoke(warden.callerWith(laptop), phone.session().id());

        assertThat(authenticatingSession(phone.secret())).isEqualTo(AUTHENTICATION_REQUIRED);
        assertThat(listedFor(warden.callerWith(laptop))).extracting(SessionEntry::id)
                .containsExactly(laptop.session().id());
    }

    @Test
    void revokingAFamilyByIdKillsItsAccessAndRefreshTokens() {
        var browser = warden.sessionStarted("ada");
        var cli = warden.loggedIn("ada");
        var kept = warden.loggedIn("ada");

        warden.manageSessions.revoke(warden.callerWith(browser), familyOf(cli));

        assertThat(authenticating(cli)).isEqualTo(INVALID_TOKEN);
        assertThat(refreshing(cli)).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(warden.authenticated(kept.accessToken()).userId()).isEqualTo(ada.id());
        assertThat(listedFor(warden.callerWith(browser))).extracting(SessionEntry::id)
                .containsExactly(browser.session().id(), familyOf(kept));
    }

    @Test
    void revokingARotatedFamilyKillsEveryAccessTokenItProduced() {
        var browser = warden.sessionStarted("ada");
        var cli = warden.loggedIn("ada");
        var rotated = warden.refreshed(cli.refreshToken());

        warden.manageSessions.revoke(warden.callerWith(browser), familyOf(cli));

        assertThat(authenticating(cli)).isEqualTo(INVALID_TOKEN);
        assertThat(authenticating(rotated)).isEqualTo(INVALID_TOKEN);
        assertThat(refreshing(rotated)).isEqualTo(INVALID_REFRESH_TOKEN);
    }

    @Test
    void revokingAnotherUsersSessionOrFamilyIsNotFoundAndChangesNothing() {
        var adaBrowser = warden.sessionStarted("ada");
        var graceBrowser = warden.sessionStarted("grace");
        var graceCli = warden.loggedIn("grace");
        var ada = warden.callerWith(adaBrowser);

        assertThat(revoking(ada, graceBrowser.session().id())).isEqualTo(SESSION_NOT_FOUND);
        assertThat(revoking(ada, familyOf(graceCli))).isEqualTo(SESSION_NOT_FOUND);

        assertThat(warden.sessionOf(graceBrowser.secret()).userId()).isEqualTo(grace.id());
        assertThat(warden.authenticated(graceCli.accessToken()).userId()).isEqualTo(grace.id());
        assertThat(listedFor(warden.callerWith(graceBrowser))).extracting(SessionEntry::id)
                .containsExactly(graceBrowser.session().id(), familyOf(graceCli));
        assertThat(warden.authenticated(warden.refreshed(graceCli.refreshToken()).accessToken()).userId())
                .isEqualTo(grace.id());
    }

    @Test
    void revokingAnUnknownOrAlreadyRevokedIdIsNotFound() {
        var browser = warden.sessionStarted("ada");
        var phone = warden.sessionStarted("ada");
        var caller = warden.callerWith(browser);
        warden.manageSessions.revoke(caller, phone.session().id());

        assertThat(revoking(caller, UUID.randomUUID())).isEqualTo(SESSION_NOT_FOUND);
        assertThat(revoking(caller, phone.session().id())).isEqualTo(SESSION_NOT_FOUND);
        assertThat(warden.sessionOf(browser.secret()).id()).isEqualTo(browser.session().id());
    }

    @Test
    void revokeOthersFromASessionKeepsOnlyThatSession() {
        var browser = warden.sessionStarted("ada");
        var phone = warden.sessionStarted("ada");
        var cli = warden.loggedIn("ada");
        var script = warden.loggedIn("ada");
        var graceBrowser = warden.sessionStarted("grace");
        var graceCli = warden.loggedIn("grace");

        var revoked = warden.manageSessions.revokeOthers(warden.callerWith(browser));

        assertThat(revoked).isEqualTo(3);
        assertThat(listedFor(warden.callerWith(browser))).extracting(SessionEntry::id)
                .containsExactly(browser.session().id());
        assertThat(authenticatingSession(phone.secret())).isEqualTo(AUTHENTICATION_REQUIRED);
        assertThat(authenticating(cli)).isEqualTo(INVALID_TOKEN);
        assertThat(refreshing(script)).isEqualTo(INVALID_REFRESH_TOKEN);
        assertThat(warden.sessionOf(graceBrowser.secret()).userId()).isEqualTo(grace.id());
        assertThat(warden.authenticated(graceCli.accessToken()).userId()).isEqualTo(grace.id());
    }

    @Test
    void revokeOthersFromAnAccessTokenKeepsOnlyItsFamily() {
        var browser = warden.sessionStarted("ada");
        var cli = warden.loggedIn("ada");
        var script = warden.loggedIn("ada");

        var revoked = warden.manageSessions.revokeOthers(warden.callerWith(cli));

        assertThat(revoked).isEqualTo(2);
        assertThat(listedFor(warden.callerWith(cli))).extracting(SessionEntry::id, SessionEntry::current)
                .containsExactly(tuple(familyOf(cli), true));
        assertThat(authenticatingSession(browser.secret())).isEqualTo(AUTHENTICATION_REQUIRED);
        assertThat(authenticating(script)).isEqualTo(INVALID_TOKEN);
        assertThat(warden.authenticated(warden.refreshed(cli.refreshToken()).accessToken()).userId())
                .isEqualTo(ada.id());
    }

    @Test
    void revokeOthersFromALegacyTokenKeepsOnlyThatToken() {
        var browser = warden.sessionStarted("ada");
        var cli = warden.loggedIn("ada");
        var script = warden.legacyToken("ada");
        var other = warden.legacyToken("ada");
        var graces = warden.legacyToken("grace");

        var revoked = warden.manageSessions.revokeOthers(warden.callerWithLegacyToken(script));

        assertThat(revoked).isEqualTo(3);
        assertThat(warden.legacyTokenWorks(script)).isTrue();
        assertThat(warden.legacyTokenWorks(other)).isFalse();
        assertThat(warden.legacyTokenWorks(graces)).isTrue();
        assertThat(authenticatingSession(browser.secret())).isEqualTo(AUTHENTICATION_REQUIRED);
        assertThat(authenticating(cli)).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void revokeOthersFromASessionEndsTheLegacyTokensToo() {
        var browser = warden.sessionStarted("ada");
        var script = warden.legacyToken("ada");

        assertThat(warden.manageSessions.revokeOthers(warden.callerWith(browser))).isEqualTo(1);

        assertThat(warden.legacyTokenWorks(script)).isFalse();
    }

    @Test
    void revokeOthersWithNothingElseRevokesNothing() {
        var browser = warden.sessionStarted("ada");

        assertThat(warden.manageSessions.revokeOthers(warden.callerWith(browser))).isZero();
        assertThat(warden.sessionOf(browser.secret()).id()).isEqualTo(browser.session().id());
    }

    @Test
    void revokeOthersCountsOnlyLiveSessions() {
        warden.sessionStarted("ada");
        warden.clock.advance(Duration.ofDays(8));
        var browser = warden.sessionStarted("ada");

        assertThat(warden.manageSessions.revokeOthers(warden.callerWith(browser))).isZero();
    }

    @Test
    void revokingAnExpiredSessionIsNotFound() {
        var stale = warden.sessionStarted("ada");
        warden.clock.advance(Duration.ofDays(8));
        var browser = warden.sessionStarted("ada");

        assertThat(revoking(warden.callerWith(browser), stale.session().id())).isEqualTo(SESSION_NOT_FOUND);
    }
}
