package dev.warden.usecase;

import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.T0;
import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.session.SessionSettings;
import dev.warden.application.session.port.in.SessionSecretCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionUseCaseTest {
    private static final AuthError AUTHENTICATION_REQUIRED = new AuthError.AuthenticationRequired();
    private static final AuthError INVALID_CREDENTIALS = new AuthError.InvalidCredentials();
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    private final Warden warden = new Warden();
    private final User ada = warden.registered("ada");

    private AuthError authenticatingSession(String secret) {
        return errorOf(() -> warden.sessionOf(secret));
    }

    private AuthError startingSession(String identifier, String password) {
        return errorOf(() -> warden.sessionLogin.startSession(new LoginCommand(identifier, password)));
    }

    @Test
    void loginOpensASessionOfSevenDaysForThatUser() {
        var ticket = warden.sessionStarted("ada", new ClientInfo("Firefox/140", "10.0.0.7"));

        assertThat(ticket.lifetime()).isEqualTo(SEVEN_DAYS);
        assertThat(ticket.session().userId()).isEqualTo(ada.id());
        assertThat(ticket.session().createdAt()).isEqualTo(T0);
        assertThat(ticket.session().expiresAt()).isEqualTo(T0.plus(SEVEN_DAYS));
        assertThat(ticket.session().client()).isEqualTo(new ClientInfo("Firefox/140", "10.0.0.7"));
        assertThat(warden.sessionOf(ticket.secret()).id()).isEqualTo(ticket.session().id());
    }

    @Test
    void everyLoginGivesAFreshSecretAndSessionId() {
        var first = warden.sessionStarted("ada");
        var second = warden.sessionStarted("ada");

        assertThat(second.secret()).isNotEqualTo(first.secret());
        assertThat(second.session().id()).isNotEqualTo(first.session().id());
        assertThat(first.secret()).matches("[A-Za-z0-9_-]{43,}");
        assertThat(warden.sessionOf(first.secret()).id()).isEqualTo(first.session().id());
        assertThat(warden.sessionOf(second.secret()).id()).isEqualTo(second.session().id());
    }

    @Test
    void theSecretIsStoredOnlyAsItsHash() {
        var ticket = warden.sessionStarted("ada");
        var stored = warden.sessionStore.listByUser(ada.id(), T0);

        assertThat(stored).singleElement().satisfies(session -> {
            assertThat(session.secretHash()).isEqualTo(TokenDigest.of(ticket.secret()));
            assertThat(session.toString()).doesNotContain(ticket.secret());
        });
        assertThat(warden.sessionStore.findAndTouch(ticket.secret(), T0, SessionSettings.DEFAULT.lifetime())).isEmpty();
        assertThat(authenticatingSession(TokenDigest.of(ticket.secret()))).isEqualTo(AUTHENTICATION_REQUIRED);
    }

    @Test
    void theTicketDoesNotPrintItsSecret() {
        var ticket = warden.sessionStarted("ada");

        assertThat(ticket.toString()).doesNotContain(ticket.secret());
        assertThat(new SessionSecretCommand(ticket.secret()).toString()).doesNotContain(ticket.secret());
    }

    @Test
    void wrongPasswordAndUnknownUserAreInvalidCredentialsAndOpenNoSession() {
        assertThat(startingSession("ada", "wrong-password-1")).isEqualTo(INVALID_CREDENTIALS);
        assertThat(startingSession("nobody", PASSWORD)).isEqualTo(INVALID_CREDENTIALS);
        assertThat(warden.sessionStore.listByUser(ada.id(), T0)).isEmpty();
    }

    @Test
    void disabledAccountIsToldSoAndGetsNoSession() {
        warden.setActive(ada.id(), false);

        assertThat(startingSession("ada", PASSWORD)).isEqualTo(new AuthError.AccountDisabled());
        assertThat(startingSession("ada", "wrong-password-1")).isEqualTo(INVALID_CREDENTIALS);
        assertThat(warden.sessionStore.listByUser(ada.id(), T0)).isEmpty();
    }

    @Test
    void sessionLoginByEmailOpensTheSameUsersSession() {
        var ticket = warden.sessionStarted("Ada@Example.com");

        assertThat(warden.sessionOf(ticket.secret()).userId()).isEqualTo(ada.id());
    }

    @Test
    void sessionLoginRecordsTheLogin() {
        warden.clock.advance(Duration.ofHours(2));

        warden.sessionStarted("ada");

        assertThat(warden.stored(ada.id()).lastLogin()).contains(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void eachUseRollsTheExpiryToSevenDaysFromThen() {
        var ticket = warden.sessionStarted("ada");

        warden.clock.advance(Duration.ofDays(6));
        var used = warden.sessionOf(ticket.secret());
        assertThat(used.lastUsedAt()).isEqualTo(T0.plus(Duration.ofDays(6)));
        assertThat(used.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(13)));

        warden.clock.advance(Duration.ofDays(6));
        assertThat(warden.sessionOf(ticket.secret()).userId()).isEqualTo(ada.id());

        warden.clock.advance(SEVEN_DAYS);
        assertThat(authenticatingSession(ticket.secret())).isEqualTo(AUTHENTICATION_REQUIRED);
    }

    @Test
    void aSessionUsedEveryDayEndsThirtyDaysAfterItsLogin() {
        var ticket = warden.sessionStarted("ada");
        for (int day = 1; day < 30; day++) {
            warden.clock.advance(Duration.ofDays(1));
            assertThat(warden.sessionOf(ticket.secret()).expiresAt())
                    .isEqualTo(Warden.T0.plus(Duration.ofDays(Math.min(day + 7, 30))));
        }

        warden.clock.advance(Duration.ofDays(1));

        assertThat(authenticatingSession(ticket.secret())).isEqualTo(AUTHENTICATION_REQUIRED);
    }

    @Test
    void anIdleSessionDiesAtSevenDaysWhileAUsedOneLivesOn() {
        var kept = warden.sessionStarted("ada");
        var idle = warden.sessionStarted("ada");

        warden.clock.advance(SEVEN_DAYS.minusSeconds(1));
        assertThat(warden.sessionOf(kept.secret()).userId()).isEqualTo(ada.id());

        warden.clock.advance(Duration.ofSeconds(1));
        assertThat(authenticatingSession(idle.secret())).isEqualTo(AUTHENTICATION_REQUIRED);
        assertThat(warden.sessionOf(kept.secret()).userId()).isEqualTo(ada.id());
    }

    @Test
    void aDeactivatedUsersSessionIsRefusedAndStaysDeadAfterReactivation() {
        var ticket = warden.sessionStarted("ada");

        warden.setActive(ada.id(), false);
        assertThat(authenticatingSession(ticket.secret())).isEqualTo(AUTHENTICATION_REQUIRED);

        warden.setActive(ada.id(), true);
        assertThat(authenticatingSession(ticket.secret())).isEqualTo(AUTHENTICATION_REQUIRED);
    }

    @Test
    void endSessionMakesTheSecretUselessAndLeavesOtherSessionsAlone() {
        var phone = warden.sessionStarted("ada");
        var laptop = warden.sessionStarted("ada");

        warden.sessionLogout.endSession(new SessionSecretCommand(phone.secret()));

        assertThat(authenticatingSession(phone.secret())).isEqualTo(AUTHENTICATION_REQUIRED);
        assertThat(warden.sessionOf(laptop.secret()).id()).isEqualTo(laptop.session().id());
    }

    @Test
    void endingAnUnknownOrEndedSessionChangesNothing() {
        var ticket = warden.sessionStarted("ada");
        warden.sessionLogout.endSession(new SessionSecretCommand("not-a-session"));
        var ended = warden.sessionStarted("ada");
        warden.sessionLogout.endSession(new SessionSecretCommand(ended.secret()));

        warden.sessionLogout.endSession(new SessionSecretCommand(ended.secret()));

        assertThat(warden.sessionOf(ticket.secret()).id()).isEqualTo(ticket.session().id());
        assertThat(authenticatingSession(ended.secret())).isEqualTo(AUTHENTICATION_REQUIRED);
    }

    @Test
    void unknownSecretIsAuthenticationRequired() {
        warden.sessionStarted("ada");

        assertThat(authenticatingSession("not-a-session")).isEqualTo(AUTHENTICATION_REQUIRED);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void missingSecretIsAuthenticationRequired(String secret) {
        assertThat(errorOf(() -> new SessionSecretCommand(secret))).isEqualTo(AUTHENTICATION_REQUIRED);
    }
}
