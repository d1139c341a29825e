package dev.warden.usecase;

import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.legacy.port.in.LegacyLoginCommand;
import dev.warden.application.login.port.in.AuthenticatePasswordUseCase;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.secondfactor.port.in.MfaCompletion;
import dev.warden.application.secondfactor.port.in.SecondFactorCommand;
import dev.warden.application.secondfactor.port.in.VerifyMfaCommand;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.mfa.TotpPolicy;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** TOTP as a second factor (seed 002), on the in-memory adapters: set-up, enabling, every way in, disabling. */
class TotpUseCaseTest {
    private static final String CLIENT = "203.0.113.40";
    private static final Duration STEP = TotpPolicy.PERIOD;

    private final Warden warden = new Warden();
    private final User ada = verified(warden.registered("ada"));
    private final Caller adaCaller = new Caller(ada.id(), new Caller.PasswordCredential());

    private User verified(User user) {
        warden.users.markEmailVerified(user.id());
        return warden.stored(user.id());
    }

    /** What Ada's authenticator app shows now (or {@code steps} periods from now). */
    private String appCode(String secret, int steps) {
        return warden.totpCodes.codeAt(secret, TotpPolicy.stepAt(warden.clock.now()) + steps);
    }

    private String appCode(String secret) {
        return appCode(secret, 0);
    }

    private SecondFactorCommand withCode(String code) {
        return new SecondFactorCommand(adaCaller, code, CLIENT);
    }

    /** Sets up and enables TOTP for Ada; answers the secret and the recovery codes. The clock moves one step on. */
    private Enabled enabled() {
        var secret = warden.manageTotp.setup(adaCaller).secret();
        var codes = warden.manageTotp.enable(withCode(appCode(secret)));
        warden.clock.advance(STEP);
        return new Enabled(secret, codes);
    }

    private record Enabled(String secret, List<String> recoveryCodes) {}

    /** The mfa_token of a password login that TOTP stopped. */
    private String challenged() {
        var error = errorOf(() -> warden.loggedIn("ada"));
        assertThat(error).isInstanceOf(AuthError.MfaRequired.class);
        return ((AuthError.MfaRequired) error).mfaToken();
    }

    private MfaCompletion verified(String mfaToken, String code) {
        return warden.verifyMfa.verify(new VerifyMfaCommand(mfaToken, code, CLIENT));
    }

    private AuthError verifying(String mfaToken, String code) {
        return errorOf(() -> verified(mfaToken, code));
    }

    @Test
    void setUpGivesASecretAndItsUriButAsksNothingAtLoginUntilEnabled() {
        var setup = warden.manageTotp.setup(adaCaller);

        assertThat(setup.secret()).matches("[A-Z2-7]{32}");
        assertThat(setup.otpauthUri()).startsWith("otpauth://totp/Warden%3Aada?").contains("secret=" + setup.secret());
        assertThat(setup.qrPng()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(warden.loggedIn("ada").accessToken()).isNotBlank();
    }

    @Test
    void theSecretIsStoredSealedNeverInClear() {
        var secret = warden.manageTotp.setup(adaCaller).secret();

        var stored = warden.totpStore.find(ada.id()).orElseThrow().sealedSecret();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(warden.secretBox.open(stored, "totp:" + ada.id().value()))
                .isEqualTo(secret.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void enablingNeedsARightCodeAndGivesTenDistinctRecoveryCodes() {
        var secret = warden.manageTotp.setup(adaCaller).secret();

        assertThat(errorOf(() -> warden.manageTotp.enable(withCode("000000".equals(appCode(secret)) ? "111111" : "000000"))))
                .isEqualTo(new AuthError.InvalidCode());
        assertThat(warden.totpStore.find(ada.id()).orElseThrow().enabled()).isFalse();

        var codes = warden.manageTotp.enable(withCode(appCode(secret)));

        assertThat(codes).hasSize(10).allMatch(code -> code.matches("[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}"));
        assertThat(new HashSet<>(codes)).hasSize(10);
        assertThat(warden.totpStore.recoveryCodesLeft(ada.id())).isEqualTo(10);
        assertThat(errorOf(() -> warden.manageTotp.setup(adaCaller))).isEqualTo(new AuthError.MfaAlreadyEnabled());
        assertThat(errorOf(() -> warden.manageTotp.enable(withCode(appCode(secret)))))
                .isEqualTo(new AuthError.MfaAlreadyEnabled());
    }

    @Test
    void enablingWithoutSetUpIsRefused() {
        assertThat(errorOf(() -> warden.manageTotp.enable(withCode("123456")))).isEqualTo(new AuthError.MfaNotEnabled());
        assertThat(errorOf(() -> warden.manageTotp.disable(withCode("123456")))).isEqualTo(new AuthError.MfaNotEnabled());
    }

    @Test
    void aPasswordLoginIsStoppedWithAChallengeAndIssuesNothing() {
        enabled();

        var error = (AuthError.MfaRequired) errorOf(() -> warden.loggedIn("ada"));

        assertThat(error.mfaToken()).matches("[A-Za-z0-9_-]{43,}");
        assertThat(error.methods()).containsExactly("totp", "recovery_code");
        assertThat(warden.refreshTokens.liveByUser(ada.id(), warden.clock.now())).isEmpty();
    }

    @Test
    void theAuthenticatorsCodeFinishesTheLoginWithATokenPair() {
        var enabled = enabled();
        var mfaToken = challenged();

        var completion = (MfaCompletion.Tokens) verified(mfaToken, appCode(enabled.secret()));

        assertThat(completion.userId()).isEqualTo(ada.id());
        assertThat(warden.authenticated(completion.tokens().accessToken()).userId()).isEqualTo(ada.id());
        assertThat(warden.refreshed(completion.tokens().refreshToken()).accessToken()).isNotBlank();
        assertThat(verifying(mfaToken, appCode(enabled.secret()))).isEqualTo(new AuthError.InvalidMfaToken());
    }

    @Test
    void aCodeIsAcceptedOnceEvenForAnotherLogin() {
        var enabled = enabled();
        var code = appCode(enabled.secret());
        verified(challenged(), code);

        var replay = challenged();
        assertThat(verifying(replay, code)).isEqualTo(new AuthError.InvalidCode());

        warden.clock.advance(STEP);
        assertThat(verified(replay, appCode(enabled.secret()))).isInstanceOf(MfaCompletion.Tokens.class);
    }

    @Test
    void oneStepOfClockSkewIsAllowedEachWayButNotTwo() {
        var enabled = enabled();
        warden.clock.advance(STEP.multipliedBy(3)); // away from the step the code that enabled TOTP belonged to

        assertThat(verifying(challenged(), appCode(enabled.secret(), -2))).isEqualTo(new AuthError.InvalidCode());
        assertThat(verifying(challenged(), appCode(enabled.secret(), 2))).isEqualTo(new AuthError.InvalidCode());
        assertThat(verified(challenged(), appCode(enabled.secret(), -1))).isInstanceOf(MfaCompletion.Tokens.class);
        assertThat(verified(challenged(), appCode(enabled.secret(), 1))).isInstanceOf(MfaCompletion.Tokens.class);
        // The code of the step after now was used: now's own code is older, so it is refused until the clock moves.
        assertThat(verifying(challenged(), appCode(enabled.secret()))).isEqualTo(new AuthError.InvalidCode());
    }

    @Test
    void aRecoveryCodeFinishesALoginOnce() {
        var enabled = enabled();
        var recovery = enabled.recoveryCodes().get(3);

        assertThat(verified(challenged(), recovery.toUpperCase())).isInstanceOf(MfaCompletion.Tokens.class);

        assertThat(verifying(challenged(), recovery)).isEqualTo(new AuthError.InvalidCode());
        assertThat(warden.totpStore.recoveryCodesLeft(ada.id())).isEqualTo(9);
        assertThat(verified(challenged(), enabled.recoveryCodes().get(4))).isInstanceOf(MfaCompletion.Tokens.class);
    }

    @Test
    void fiveWrongCodesKillTheChallengeAndLockTheSecondFactorEvenAfterARightPassword() {
        var enabled = enabled();
        var mfaToken = challenged();
        for (int i = 0; i < MfaChallenge.MAX_ATTEMPTS; i++) {
            assertThat(verifying(mfaToken, "abcde-fghjk")).isEqualTo(new AuthError.InvalidCode());
        }

        assertThat(verifying(mfaToken, appCode(enabled.secret()))).isEqualTo(new AuthError.InvalidMfaToken());
        var fresh = challenged(); // the password is still right, and says nothing about the second factor
        assertThat(verifying(fresh, appCode(enabled.secret()))).isInstanceOf(AuthError.TooManyFailedLogins.class);

        // the lock ends, and the wrong codes of the window are forgotten with it
        warden.clock.advance(Duration.ofMinutes(15));
        assertThat(verified(challenged(), appCode(enabled.secret()))).isInstanceOf(MfaCompletion.Tokens.class);
    }

    @Test
    void aChallengeLivesFiveMinutes() {
        var enabled = enabled();
        var mfaToken = challenged();

        warden.clock.advance(MfaChallenge.TTL);

        assertThat(verifying(mfaToken, appCode(enabled.secret()))).isEqualTo(new AuthError.InvalidMfaToken());
        assertThat(verifying("no-such-token", appCode(enabled.secret()))).isEqualTo(new AuthError.InvalidMfaToken());
    }

    @Test
    void aSessionLoginFinishesWithASessionAndALegacyLoginWithALegacyToken() {
        var enabled = enabled();
        var client = new ClientInfo("Firefox/140", "10.0.0.7");

        var sessionError = (AuthError.MfaRequired) errorOf(() -> warden.sessionStarted("ada", client));
        var session = (MfaCompletion.SessionOpened) verified(sessionError.mfaToken(), appCode(enabled.secret()));
        assertThat(warden.sessionOf(session.ticket().secret()).userId()).isEqualTo(ada.id());
        assertThat(session.ticket().session().client()).isEqualTo(client);

        var legacyError = (AuthError.MfaRequired) errorOf(
                () -> warden.legacyLogin.login(new LegacyLoginCommand("ada", PASSWORD, ClientInfo.UNKNOWN)));
        var legacy = (MfaCompletion.LegacyTokenIssued) verified(legacyError.mfaToken(), enabled.recoveryCodes().get(0));
        assertThat(warden.callerWithLegacyToken(legacy.token()).userId()).isEqualTo(ada.id());
    }

    @Test
    void httpBasicCarriesNoSecondFactorSoItGetsTheChallengeToo() {
        enabled();
        AuthenticatePasswordUseCase basic = warden.authenticatePassword;

        assertThat(errorOf(() -> basic.authenticate(new LoginCommand("ada", PASSWORD))))
                .isInstanceOf(AuthError.MfaRequired.class);
        assertThat(errorOf(() -> basic.authenticate(new LoginCommand("ada", "wrong-password-here"))))
                .isEqualTo(new AuthError.InvalidCredentials());
    }

    @Test
    void aWrongPasswordIsRefusedBeforeAnySecondFactorIsAsked() {
        enabled();

        assertThat(errorOf(() -> warden.login.login(new LoginCommand("ada", "wrong-password-here"))))
                .isEqualTo(new AuthError.InvalidCredentials());
    }

    @Test
    void disablingNeedsACodeAndThenLoginsIssueTokensDirectly() {
        var enabled = enabled();

        assertThat(errorOf(() -> warden.manageTotp.disable(withCode("abcde-fghjk")))).isEqualTo(new AuthError.InvalidCode());
        warden.manageTotp.disable(withCode(appCode(enabled.secret())));

        assertThat(warden.totpStore.find(ada.id())).isEmpty();
        assertThat(warden.totpStore.recoveryCodesLeft(ada.id())).isZero();
        assertThat(warden.loggedIn("ada").accessToken()).isNotBlank();
        assertThat(errorOf(() -> warden.manageTotp.disable(withCode(enabled.recoveryCodes().get(0)))))
                .isEqualTo(new AuthError.MfaNotEnabled());
    }

    @Test
    void aRecoveryCodeAlsoDisables() {
        var enabled = enabled();

        warden.manageTotp.disable(withCode(enabled.recoveryCodes().get(9)));

        assertThat(warden.totpStore.find(ada.id())).isEmpty();
    }

    @Test
    void aDeactivatedAccountGetsNothingFromAChallenge() {
        var enabled = enabled();
        var mfaToken = challenged();
        warden.setActive(ada.id(), false);

        assertThat(verifying(mfaToken, appCode(enabled.secret()))).isEqualTo(new AuthError.AccountDisabled());
    }

    @Test
    void anotherUsersChallengeIsNotFinishedByMyCode() {
        var enabled = enabled();
        var graceCaller = new Caller(verified(warden.registered("grace")).id(), new Caller.PasswordCredential());
        var graceSecret = warden.manageTotp.setup(graceCaller).secret();
        warden.manageTotp.enable(new SecondFactorCommand(graceCaller, appCode(graceSecret), CLIENT));
        warden.clock.advance(STEP);

        var graceToken = ((AuthError.MfaRequired) errorOf(() -> warden.loggedIn("grace"))).mfaToken();

        assertThat(verifying(graceToken, appCode(enabled.secret()).equals(appCode(graceSecret)) ? "000000"
                : appCode(enabled.secret()))).isEqualTo(new AuthError.InvalidCode());
        assertThat(verifying(graceToken, enabled.recoveryCodes().get(0))).isEqualTo(new AuthError.InvalidCode());
    }

    @Test
    void anAddressNeverVerifiedCannotSetUpASecondFactor() {
        var squatter = new Caller(warden.registered("squatter").id(), new Caller.PasswordCredential());

        assertThat(errorOf(() -> warden.manageTotp.setup(squatter))).isEqualTo(new AuthError.EmailNotVerified());
        assertThat(warden.totpStore.find(squatter.userId())).isEmpty();
    }

    @Test
    void wrongCodesSentTogetherOnManyChallengesAreComparedAtMostFiveTimes() throws Exception {
        var enabled = enabled();
        var tokens = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            tokens.add(challenged());
        }
        var attempts = new ArrayList<Callable<AuthError>>();
        for (int i = 0; i < 20; i++) {
            var token = tokens.get(i % tokens.size());
            attempts.add(() -> verifying(token, "aaaaa-bbbbb"));
        }

        var compared = 0;
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (var outcome : threads.invokeAll(attempts)) {
                var error = outcome.get(30, TimeUnit.SECONDS);
                assertThat(error).isInstanceOfAny(AuthError.InvalidCode.class, AuthError.TooManyFailedLogins.class);
                compared += error instanceof AuthError.InvalidCode ? 1 : 0;
            }
        }

        assertThat(compared).isEqualTo(5);
        assertThat(verifying(challenged(), appCode(enabled.secret()))).isInstanceOf(AuthError.TooManyFailedLogins.class);
    }

    @Test
    void wrongCodesWhileEnablingOrDisablingCountTowardTheSameLock() {
        var enabled = enabled();
        for (int i = 0; i < 5; i++) {
            assertThat(errorOf(() -> warden.manageTotp.disable(withCode("aaaaa-bbbbb")))).isEqualTo(new AuthError.InvalidCode());
        }

        assertThat(errorOf(() -> warden.manageTotp.disable(withCode(appCode(enabled.secret())))))
                .isInstanceOf(AuthError.TooManyFailedLogins.class);
        assertThat(verifying(challenged(), appCode(enabled.secret()))).isInstanceOf(AuthError.TooManyFailedLogins.class);
    }

    @Test
    void aSecretSealedUnderAnotherKeyAcceptsNoCodeInsteadOfFailing() {
        var enabled = enabled();
        var stored = warden.totpStore.find(ada.id()).orElseThrow();
        var foreign = dev.warden.adapter.inprocess.AesGcmSecretBox.fromKeyMaterial("another key of at least 32 characters!!")
                .seal(enabled.secret().getBytes(StandardCharsets.US_ASCII), "totp:" + ada.id().value());
        warden.totpStore.delete(ada.id());
        warden.totpStore.savePending(new dev.warden.domain.mfa.TotpEnrollment(ada.id(), foreign, stored.createdAt(),
                java.util.Optional.empty(), TotpPolicy.NO_STEP));
        warden.totpStore.enable(ada.id(), foreign, stored.createdAt(), stored.lastUsedStep(), java.util.Set.of());

        assertThat(verifying(challenged(), appCode(enabled.secret()))).isEqualTo(new AuthError.InvalidCode());
    }

    @Test
    void theLoginIsRecordedWhenTheSecondFactorFinishesIt() {
        var enabled = enabled();
        var before = warden.stored(ada.id()).lastLogin();
        var mfaToken = challenged();
        assertThat(warden.stored(ada.id()).lastLogin()).isEqualTo(before);

        warden.clock.advance(Duration.ofMinutes(1));
        verified(mfaToken, appCode(enabled.secret()));

        assertThat(warden.stored(ada.id()).lastLogin()).contains(warden.clock.now());
    }

    @Test
    void aSecretOfTheCallersOwnClientEnablesTotpAtOnceWithoutRecoveryCodes() {
        var raw = "a secret of 20 bytes".getBytes(StandardCharsets.US_ASCII);
        var secret = dev.warden.application.secondfactor.port.in.TotpSecret.fromBase64("totp_secret_base64",
                java.util.Base64.getEncoder().encodeToString(raw));

        warden.manageTotp.enrol(adaCaller, secret);

        assertThat(warden.totpStore.find(ada.id()).orElseThrow().enabled()).isTrue();
        assertThat(warden.totpStore.recoveryCodesLeft(ada.id())).isZero();
        var base32 = warden.totpCodes.base32(raw);
        assertThat(verified(challenged(), appCode(base32)).userId()).isEqualTo(ada.id());
        assertThat(errorOf(() -> warden.manageTotp.enrol(adaCaller, secret)))
                .isEqualTo(new AuthError.MfaAlreadyEnabled());
        assertThat(errorOf(() -> warden.manageTotp.setup(adaCaller))).isEqualTo(new AuthError.MfaAlreadyEnabled());
    }

    @Test
    void anEnrolledSecretReplacesAPendingSetUp() {
        var pending = warden.manageTotp.setup(adaCaller).secret();
        var raw = "another 20-byte key!".getBytes(StandardCharsets.US_ASCII);

        warden.manageTotp.enrol(adaCaller, dev.warden.application.secondfactor.port.in.TotpSecret.fromBase64("s",
                java.util.Base64.getEncoder().encodeToString(raw)));

        assertThat(errorOf(() -> warden.manageTotp.enable(withCode(appCode(pending)))))
                .isEqualTo(new AuthError.MfaAlreadyEnabled());
        assertThat(verifying(challenged(), appCode(pending))).isEqualTo(new AuthError.InvalidCode());
    }
}
