package dev.warden.usecase;

import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.errorOf;
import static dev.warden.usecase.Wording.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.warden.adapter.inprocess.Argon2PasswordHasher;
import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginUseCaseTest {
    private static final AuthError INVALID_CREDENTIALS = new AuthError.InvalidCredentials();

    private final Warden warden = new Warden();
    private final User ada = warden.registered("Ada");

    private AuthError loggingIn(String identifier, String password) {
        return errorOf(() -> warden.login.login(new LoginCommand(identifier, password)));
    }

    @Test
    void loginByUsernameGivesAPairForThatUser() {
        var pair = warden.loggedIn("Ada");

        assertThat(warden.authenticated(pair.accessToken()).userId()).isEqualTo(ada.id());
        assertThat(pair.refreshToken()).isNotBlank().isNotEqualTo(pair.accessToken());
        assertThat(pair.accessTokenLifetime()).isEqualTo(Duration.ofDays(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ADA", "ａｄａ", "Ada@example.com", "ADA@EXAMPLE.COM", " ada@example.com "})
    void loginByUsernameOrEmailInAnyCaseOrWidth(String identifier) {
        var pair = warden.loggedIn(identifier);

        assertThat(warden.authenticated(pair.accessToken()).userId()).isEqualTo(ada.id());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        var wrongPassword = catchThrowable(() -> warden.login.login(new LoginCommand("ada", "wrong-password-1")));
        var unknownUser = catchThrowable(() -> warden.login.login(new LoginCommand("nobody", PASSWORD)));

        assertThat(loggingIn("ada", "wrong-password-1")).isEqualTo(INVALID_CREDENTIALS);
        assertThat(loggingIn("nobody", PASSWORD)).isEqualTo(INVALID_CREDENTIALS);
        assertThat(wrongPassword).hasMessage(unknownUser.getMessage());
    }

    @Test
    void anUnknownUserCostsOneVerificationAtTheCurrentParametersLikeAWrongPassword() {
        var verified = new ArrayList<String>();
        var login = warden.loginWith(verifyingThen(verified::add));

        assertThat(errorOf(() -> login.login(new LoginCommand("nobody", PASSWORD)))).isEqualTo(INVALID_CREDENTIALS);
        assertThat(errorOf(() -> login.login(new LoginCommand("nobody@example.com", PASSWORD))))
                .isEqualTo(INVALID_CREDENTIALS);

        // the same decoy each time, a readable hash at the parameters real hashes have, never ada's
        assertThat(verified).hasSize(2).allSatisfy(hash -> {
            assertThat(hash).isEqualTo(verified.getFirst()).isNotEqualTo(warden.stored(ada.id()).passwordHash().get());
            assertThat(warden.hasher.needsRehash(hash)).isFalse();
        });
    }

    @Test
    void passwordIsComparedExactly() {
        assertThat(loggingIn("ada", PASSWORD.toUpperCase())).isEqualTo(INVALID_CREDENTIALS);
        assertThat(loggingIn("ada", PASSWORD + " ")).isEqualTo(INVALID_CREDENTIALS);
    }

    @Test
    void disabledAccountIsToldSoOnlyAfterTheRightPassword() {
        warden.setActive(ada.id(), false);

        assertThat(loggingIn("ada", PASSWORD)).isEqualTo(new AuthError.AccountDisabled());
        assertThat(loggingIn("ada", "wrong-password-1")).isEqualTo(INVALID_CREDENTIALS);
        assertThat(warden.stored(ada.id()).lastLogin()).isEmpty();
    }

    @Test
    void accountWithoutPasswordCannotLogInWithOne() {
        var oauthOnly = new User(new UserId(UUID.randomUUID()), Username.of("octocat"), Email.of("octo@example.com"),
                Optional.empty(), "", "", true, false, false, true, Optional.empty(), Optional.of("github"),
                Optional.of("583231"), Warden.T0, Optional.empty());
        warden.users.add(oauthOnly);

        assertThat(loggingIn("octocat", PASSWORD)).isEqualTo(INVALID_CREDENTIALS);
        assertThat(warden.stored(oauthOnly.id()).lastLogin()).isEmpty();
    }

    @Test
    void blankIdentifierAndPasswordAreInvalidInput() {
        assertThat(fieldsOf(loggingIn(" ", ""))).isEqualTo(Map.of(
                "username", List.of("must not be blank"), "password", List.of("must not be blank")));
    }

    @Test
    void successfulLoginRecordsTheTime() {
        warden.clock.advance(Duration.ofHours(5));

        warden.loggedIn("ada");

        assertThat(warden.stored(ada.id()).lastLogin()).contains(Warden.T0.plus(Duration.ofHours(5)));
    }

    @Test
    void failedLoginLeavesTheLastLoginAlone() {
        warden.loggedIn("ada");
        warden.clock.advance(Duration.ofDays(1));

        loggingIn("ada", "wrong-password-1");

        assertThat(warden.stored(ada.id()).lastLogin()).contains(Warden.T0);
    }

    @Test
    void passwordIsRehashedOnLoginWhenParametersChange() {
        var oldHash = warden.stored(ada.id()).passwordHash().orElseThrow();
        var stronger = new Argon2PasswordHasher(new Argon2PasswordHasher.Parameters(2048, 2, 1));

        warden.loginWith(stronger).login(new LoginCommand("ada", PASSWORD));

        var newHash = warden.stored(ada.id()).passwordHash().orElseThrow();
        assertThat(oldHash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(newHash).startsWith("$argon2id$v=19$m=2048,t=2,p=1$");
        assertThat(stronger.verify(PASSWORD, newHash)).isTrue();
        assertThat(stronger.needsRehash(newHash)).isFalse();
    }

    @Test
    void hashWithCurrentParametersIsKeptOnLogin() {
        var hash = warden.stored(ada.id()).passwordHash().orElseThrow();

        warden.loggedIn("ada");

        assertThat(warden.stored(ada.id()).passwordHash()).contains(hash);
    }

    @Test
    void everyLoginStartsAnIndependentPair() {
        var first = warden.loggedIn("ada");
        var second = warden.loggedIn("ada");

        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(warden.authenticated(first.accessToken()).tokenId())
                .isNotEqualTo(warden.authenticated(second.accessToken()).tokenId());
    }

    @Test
    void aLoginDoesNotUndoADeactivationMadeWhileThePasswordWasChecked() {
        // an administrator deactivates ada, concurrently, while her password is checked
        warden.loginWith(verifyingThen(hash -> warden.setActive(ada.id(), false)))
                .login(new LoginCommand("ada", PASSWORD));

        assertThat(warden.stored(ada.id()).active()).isFalse();
        assertThat(warden.stored(ada.id()).lastLogin()).contains(Warden.T0);
    }

    @Test
    void anIdentifierWithAnAtSignIsOnlyEverAnEmail() {
        var mallory = errorOf(() -> warden.register.register(
                new RegisterCommand("ada@example.com", "mallory@example.com", "mallory-own-passphrase", null, null)));

        assertThat(mallory).isInstanceOf(AuthError.InvalidInput.class);
        assertThat(warden.authenticated(warden.loggedIn("ada@example.com").accessToken()).userId()).isEqualTo(ada.id());
    }

    /** The service's hasher, which runs {@code afterVerifying} with the hash each password was verified against. */
    private PasswordHasher verifyingThen(java.util.function.Consumer<String> afterVerifying) {
        return new PasswordHasher() {
            @Override
            public String hash(String password) {
                return warden.hasher.hash(password);
            }

            @Override
            public boolean verify(String password, String encodedHash) {
                boolean matches = warden.hasher.verify(password, encodedHash);
                afterVerifying.accept(encodedHash);
                return matches;
            }

            @Override
            public boolean needsRehash(String encodedHash) {
                return warden.hasher.needsRehash(encodedHash);
            }

            @Override
            public String decoyHash() {
                return warden.hasher.decoyHash();
            }
        };
    }
}
