package dev.warden.usecase;

import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.T0;
import static dev.warden.usecase.Warden.errorOf;
import static dev.warden.usecase.Wording.legacyErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.application.legacy.port.in.LegacyLoginCommand;
import dev.warden.application.legacy.port.in.LegacyTokenCommand;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Legacy tokens (seed 001): the login form, the token on each request, logout, expiry. */
class LegacyTokenUseCaseTest {
    private static final String REQUIRED = "This field is required.";
    private static final Map<String, List<String>> INVALID_CREDENTIALS =
            Map.of("__all__", List.of("Invalid credentials"));
    private static final AuthError INVALID_TOKEN = new AuthError.InvalidToken();

    private final Warden warden = new Warden();
    private final User ada = warden.registered("ada");

    private LegacyFormResult login(String username, String password) {
        return warden.legacyLogin.login(new LegacyLoginCommand(username, password, new ClientInfo("HTTPie/0.9.2", "10.0.0.1")));
    }

    private boolean logout(String token) {
        return warden.legacyLogout.logout(new LegacyTokenCommand(token));
    }

    private AuthError authenticating(String token) {
        return errorOf(() -> warden.authenticateLegacyToken.authenticate(new LegacyTokenCommand(token)));
    }

    @Test
    void loginIssuesAFortyCharacterHexTokenThatAuthenticatesTheAccount() {
        var result = login("ada", PASSWORD);

        assertThat(result).isInstanceOfSatisfying(LegacyFormResult.Issued.class, issued -> {
            assertThat(issued.token()).matches("[0-9a-f]{40}");
            var token = warden.authenticateLegacyToken.authenticate(new LegacyTokenCommand(issued.token()));
            assertThat(token.userId()).isEqualTo(ada.id());
            assertThat(token.issuedAt()).isEqualTo(T0);
            assertThat(token.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        });
    }

    @Test
    void theEmailAddressOpensTheAccountTooInAnyCase() {
        var token = ((LegacyFormResult.Issued) login("ADA@example.com", PASSWORD)).token();

        assertThat(warden.callerWithLegacyToken(token).userId()).isEqualTo(ada.id());
    }

    @Test
    void aLegacyLoginIsALoginOfTheAccount() {
        warden.clock.advance(Duration.ofMinutes(5));

        login("ada", PASSWORD);

        assertThat(warden.stored(ada.id()).lastLogin()).contains(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void everyLoginIssuesANewTokenAndOnlyItsHashIsStored() {
        var first = warden.legacyToken("ada");
        var second = warden.legacyToken("ada");

        assertThat(first).isNotEqualTo(second);
        assertThat(warden.legacyTokens.storedHashes())
                .containsExactlyInAnyOrder(TokenDigest.of(first), TokenDigest.of(second))
                .doesNotContain(first, second);
    }

    @Test
    void missingFieldsAreEachRequired() {
        assertThat(legacyErrors(login(null, null)))
                .isEqualTo(Map.of("password", List.of(REQUIRED), "username", List.of(REQUIRED)));
        assertThat(legacyErrors(login("  ", "")))
                .isEqualTo(Map.of("password", List.of(REQUIRED), "username", List.of(REQUIRED)));
        assertThat(legacyErrors(login("ada", null))).isEqualTo(Map.of("password", List.of(REQUIRED)));
        assertThat(warden.legacyTokens.storedHashes()).isEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        assertThat(legacyErrors(login("ada", "wrong-" + PASSWORD))).isEqualTo(INVALID_CREDENTIALS);
        assertThat(legacyErrors(login("nobody", PASSWORD))).isEqualTo(INVALID_CREDENTIALS);
        assertThat(warden.legacyTokens.storedHashes()).isEmpty();
    }

    @Test
    void aDeactivatedAccountIsDisabledOnlyWithTheRightPassword() {
        warden.setActive(ada.id(), false);

        assertThat(legacyErrors(login("ada", PASSWORD))).isEqualTo(Map.of("__all__", List.of("Account is disabled")));
        assertThat(legacyErrors(login("ada", "wrong-" + PASSWORD))).isEqualTo(INVALID_CREDENTIALS);
    }

    @Test
    void aTokenWorksForTwentyFourHoursAndNotAMomentLonger() {
        var token = warden.legacyToken("ada");

        warden.clock.advance(Duration.ofHours(24).minusNanos(1000));
        assertThat(warden.legacyTokenWorks(token)).isTrue();
        warden.clock.advance(Duration.ofNanos(1000));
        assertThat(warden.legacyTokenWorks(token)).isFalse();
        assertThat(logout(token)).isFalse();
    }

    @Test
    void logoutWithAnExpiredTokenIsNoSuccess() {
        var token = warden.legacyToken("ada");

        warden.clock.advance(Duration.ofHours(24));

        assertThat(logout(token)).isFalse();
    }

    @Test
    void logoutEndsThatTokenOnceAndLeavesTheOthers() {
        var phone = warden.legacyToken("ada");
        var laptop = warden.legacyToken("ada");

        assertThat(logout(phone)).isTrue();

        assertThat(warden.legacyTokenWorks(phone)).isFalse();
        assertThat(logout(phone)).isFalse();
        assertThat(warden.legacyTokenWorks(laptop)).isTrue();
    }

    @Test
    void logoutWithoutAUsableTokenIsNoSuccess() {
        assertThat(logout(null)).isFalse();
        assertThat(logout("")).isFalse();
        assertThat(logout("675b51c53c94a5af46948097659984cd5a272507")).isFalse();
        assertThat(logout("not-a-token")).isFalse();
    }

    @Test
    void unknownMalformedOrMissingTokensAreInvalidTokens() {
        var token = warden.legacyToken("ada");

        assertThat(authenticating("675b51c53c94a5af46948097659984cd5a272507")).isEqualTo(INVALID_TOKEN);
        assertThat(authenticating(token.toUpperCase())).isEqualTo(INVALID_TOKEN);
        assertThat(authenticating(TokenDigest.of(token))).as("the stored hash is no token").isEqualTo(INVALID_TOKEN);
        assertThat(authenticating("")).isEqualTo(INVALID_TOKEN);
        assertThat(authenticating(null)).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void aTokenOfADeactivatedAccountIsRefusedAndStaysDeadAfterReactivation() {
        var token = warden.legacyToken("ada");

        warden.setActive(ada.id(), false);
        assertThat(authenticating(token)).isEqualTo(INVALID_TOKEN);
        warden.setActive(ada.id(), true);

        assertThat(authenticating(token)).isEqualTo(INVALID_TOKEN);
    }
}
