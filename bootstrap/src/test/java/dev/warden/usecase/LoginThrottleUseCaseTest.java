package dev.warden.usecase;

import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.session.ClientInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failed-login throttling (LoginThrottleSettings.DEFAULT: 5 failures per 15 min, locks of 1 min doubling to 15). */
class LoginThrottleUseCaseTest {
    private static final ClientInfo CLIENT = new ClientInfo("test", "198.51.100.4");
    private static final AuthError INVALID = new AuthError.InvalidCredentials();

    private final Warden warden = new Warden();

    {
        warden.registered("ada");
    }

    private AuthError failing(String identifier) {
        return attempt(identifier, "not-" + PASSWORD, CLIENT);
    }

    private AuthError attempt(String identifier, String password, ClientInfo client) {
        return errorOf(() -> warden.login.login(new LoginCommand(identifier, password, client)));
    }

    private static AuthError locked(Duration retryAfter) {
        return new AuthError.TooManyFailedLogins(retryAfter);
    }

    private List<AuthError> tenWrongThenTheRightOne(String identifier) {
        var answers = new ArrayList<AuthError>();
        for (int i = 0; i < 10; i++) {
            answers.add(failing(identifier));
        }
        answers.add(attempt(identifier, PASSWORD, CLIENT));
        return answers;
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        var answers = tenWrongThenTheRightOne("ada");

        assertThat(answers.subList(0, 5)).containsOnly(INVALID);
        assertThat(answers.subList(5, 11)).containsOnly(locked(Duration.ofMinutes(1)));
    }

    @Test
    void anUnknownAccountAnswersExactlyLikeAKnownOne() {
        assertThat(tenWrongThenTheRightOne("nobody")).isEqualTo(tenWrongThenTheRightOne("ada"));
    }

    @Test
    void theLockLiftsAfterItsRetryAfter() {
        for (int i = 0; i < 5; i++) {
            failing("ada");
        }
        warden.clock.advance(Duration.ofSeconds(59));
        assertThat(attempt("ada", PASSWORD, CLIENT)).isEqualTo(locked(Duration.ofSeconds(1)));

        warden.clock.advance(Duration.ofSeconds(1));
        assertThat(warden.login.login(new LoginCommand("ada", PASSWORD, CLIENT)).accessToken()).isNotBlank();
    }

    @Test
    void eachFurtherLockLastsTwiceTheLastUpToTheCap() {
        var locks = new ArrayList<Duration>();
        var failuresBeforeEachLock = new ArrayList<Integer>();
        for (int lock = 0; lock < 6; lock++) {
            int failures = 0;
            AuthError answer;
            while ((answer = failing("ada")).equals(INVALID) && failures < 10) {
                failures++;
            }
            failuresBeforeEachLock.add(failures);
            var retryAfter = ((AuthError.TooManyFailedLogins) answer).retryAfter();
            locks.add(retryAfter);
            warden.clock.advance(retryAfter);
        }
        assertThat(locks).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15));
        // Within the 15-minute window one failure after a lock locks again; once it has passed, five do.
        assertThat(failuresBeforeEachLock).containsExactly(5, 1, 1, 1, 5, 5);
    }

    @Test
    void aSuccessForgetsTheFailuresAndTheLocks() {
        for (int i = 0; i < 5; i++) {
            failing("ada");
        }
        warden.clock.advance(Duration.ofMinutes(1));
        failing("ada"); // second lock: 2 minutes
        warden.clock.advance(Duration.ofMinutes(2));
        warden.loggedIn("ada");

        for (int i = 0; i < 4; i++) {
            assertThat(failing("ada")).isEqualTo(INVALID);
        }
        assertThat(warden.loggedIn("ada").accessToken()).isNotBlank();
        for (int i = 0; i < 5; i++) {
            assertThat(failing("ada")).isEqualTo(INVALID);
        }
        assertThat(failing("ada")).as("locks start from the first length again").isEqualTo(locked(Duration.ofMinutes(1)));
    }

    @Test
    void theWindowForgetsOldFailures() {
        for (int i = 0; i < 4; i++) {
            failing("ada");
        }
        warden.clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            assertThat(failing("ada")).isEqualTo(INVALID);
        }
        assertThat(warden.loggedIn("ada").accessToken()).isNotBlank();
    }

    @Test
    void usernameCaseAndWidthCountAsTheSameAccount() {
        for (var spelling : List.of("ada", "ADA", "Ada", "ａｄａ", "aDa")) {
            assertThat(failing(spelling)).isEqualTo(INVALID);
        }
        assertThat(attempt("ada", PASSWORD, CLIENT)).isInstanceOf(AuthError.TooManyFailedLogins.class);
    }

    @Test
    void fiveWrongPasswordsByUsernameLockTheLoginByEmail() {
        for (int i = 0; i < 5; i++) {
            assertThat(failing("ada")).isEqualTo(INVALID);
        }

        assertThat(attempt("ada@example.com", PASSWORD, CLIENT)).isEqualTo(locked(Duration.ofMinutes(1)));
    }

    @Test
    void failuresOfEveryIdentifierAndSpellingOfOneAccountCountTogether() {
        for (var identifier : List.of("ada", "ADA@example.com", "ａｄａ", "ada@EXAMPLE.COM", "Ada")) {
            assertThat(failing(identifier)).as(identifier).isEqualTo(INVALID);
        }

        assertThat(attempt("ada", PASSWORD, CLIENT)).isEqualTo(locked(Duration.ofMinutes(1)));
        assertThat(attempt("ada@example.com", PASSWORD, CLIENT)).isEqualTo(locked(Duration.ofMinutes(1)));
        assertThat(errorOf(() -> warden.sessionStarted("Ada@Example.com")))
                .isInstanceOf(AuthError.TooManyFailedLogins.class);
    }

    @Test
    void aSuccessByEmailForgetsTheFailuresByUsername() {
        for (int i = 0; i < 4; i++) {
            failing("ada");
        }
        assertThat(warden.loggedIn("ada@example.com").accessToken()).isNotBlank();

        for (int i = 0; i < 4; i++) {
            assertThat(failing("ada")).isEqualTo(INVALID);
        }
        assertThat(warden.loggedIn("ada").accessToken()).isNotBlank();
    }

    @Test
    void anUnknownIdentifierIsCountedOnItsOwnAsBefore() {
        for (int i = 0; i < 5; i++) {
            assertThat(failing("nobody")).isEqualTo(INVALID);
        }

        assertThat(failing("nobody")).isEqualTo(locked(Duration.ofMinutes(1)));
        assertThat(failing("NOBODY")).isEqualTo(locked(Duration.ofMinutes(1)));
        assertThat(failing("nobody@example.com")).as("no account joins the two").isEqualTo(INVALID);
    }

    @Test
    void anotherAccountIsNotLockedByTheFirst() {
        warden.registered("grace");
        for (int i = 0; i < 6; i++) {
            failing("ada");
        }
        assertThat(warden.login.login(new LoginCommand("grace", PASSWORD, CLIENT)).accessToken()).isNotBlank();
    }

    @Test
    void oneAddressFailingAcrossManyAccountsIsLockedOutOfAll() {
        for (int i = 0; i < 50; i++) {
            assertThat(failing("sprayed-" + i)).isEqualTo(INVALID);
        }
        assertThat(attempt("ada", PASSWORD, CLIENT)).isInstanceOf(AuthError.TooManyFailedLogins.class);
        var elsewhere = new ClientInfo("test", "203.0.113.9");
        assertThat(warden.login.login(new LoginCommand("ada", PASSWORD, elsewhere)).accessToken()).isNotBlank();
    }

    @Test
    void sessionLoginsShareTheSameCounters() {
        for (int i = 0; i < 5; i++) {
            failing("ada");
        }
        assertThat(errorOf(() -> warden.sessionStarted("ada"))).isInstanceOf(AuthError.TooManyFailedLogins.class);
    }

    @Test
    void aDisabledAccountWithTheRightPasswordIsNotAFailure() {
        var ada = warden.users.findByUsernameKey(dev.warden.domain.user.Username.keyOf("ada")).orElseThrow();
        warden.setActive(ada.id(), false);
        for (int i = 0; i < 6; i++) {
            assertThat(attempt("ada", PASSWORD, CLIENT)).isEqualTo(new AuthError.AccountDisabled());
        }
    }
}
