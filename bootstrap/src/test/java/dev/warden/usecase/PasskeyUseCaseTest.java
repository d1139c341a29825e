package dev.warden.usecase;

import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.inprocess.webauthn.SoftwareAuthenticator.Attestation;
import dev.warden.adapter.inprocess.webauthn.SoftwareAuthenticator;
import dev.warden.application.passkey.port.in.PasskeyRequestOptions;
import dev.warden.application.passkey.port.in.PasskeySignIn;
import dev.warden.application.passkey.port.in.PasskeySignInCommand;
import dev.warden.application.passkey.port.in.RegisterPasskeyCommand;
import dev.warden.application.secondfactor.port.in.SecondFactorCommand;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.mfa.TotpPolicy;
import dev.warden.domain.passkey.Passkey;
import dev.warden.domain.passkey.PasskeyChallenge;
import dev.warden.domain.passkey.UserHandle;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Passkeys (WebAuthn) on the in-memory adapters, against a software authenticator whose every signature is real. */
class PasskeyUseCaseTest {
    private static final String ORIGIN = "https://auth.example.org";
    private static final String RP_ID = "auth.example.org";

    private final Warden warden = new Warden();
    private final User ada = verified(warden.registered("ada"));
    private final Caller adaCaller = new Caller(ada.id(), new Caller.PasswordCredential());
    private final User bob = verified(warden.registered("bob"));
    private final Caller bobCaller = new Caller(bob.id(), new Caller.PasswordCredential());

    private User verified(User user) {
        warden.users.markEmailVerified(user.id());
        return warden.stored(user.id());
    }

    /** Registers {@code authenticator} for the caller through options, as a browser would. */
    private Passkey registered(Caller caller, SoftwareAuthenticator authenticator, Attestation attestation) {
        var options = warden.managePasskeys.registrationOptions(caller);
        var json = authenticator.register(options.challenge(), options.rpId(), options.userHandle(), attestation,
                ORIGIN, true);
        return warden.managePasskeys.register(new RegisterPasskeyCommand(caller, json, "Laptop"));
    }

    private Passkey registered(Caller caller, SoftwareAuthenticator authenticator) {
        return registered(caller, authenticator, Attestation.NONE);
    }

    private PasskeySignIn signedIn(PasskeyRequestOptions options, String assertion) {
        return warden.passkeySignIn.signIn(new PasskeySignInCommand(options.challengeId(), assertion, ClientInfo.UNKNOWN));
    }

    private PasskeySignIn signedIn(SoftwareAuthenticator authenticator) {
        var options = warden.passkeySignIn.signInOptions(Optional.empty());
        return signedIn(options, authenticator.assertion(options.challenge(), options.rpId()));
    }

    private AuthError signingIn(PasskeyRequestOptions options, String assertion) {
        return errorOf(() -> signedIn(options, assertion));
    }

    @Test
    void creationOptionsNameTheRelyingPartyTheUserAndTheirPasskeys() {
        var first = SoftwareAuthenticator.es256(ORIGIN);
        registered(adaCaller, first);

        var options = warden.managePasskeys.registrationOptions(adaCaller);

        assertThat(options.rpId()).isEqualTo(RP_ID);
        assertThat(options.rpName()).isEqualTo("Warden");
        assertThat(options.userHandle()).isEqualTo(UserHandle.of(ada.id()));
        assertThat(options.userName()).isEqualTo("ada");
        assertThat(options.userDisplayName()).isEqualTo("Ada Lovelace");
        assertThat(options.challenge()).hasSize(32);
        assertThat(options.algorithms()).containsExactly(-7L, -8L, -257L);
        assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.excludeCredentials()).singleElement()
                .satisfies(known -> assertThat(known.credentialId()).isEqualTo(first.credentialId()));
    }

    @Test
    void aRegisteredPasskeySignsInWithoutAUsernameAndIsRecordedAsUsed() {
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        var passkey = registered(adaCaller, authenticator);
        assertThat(passkey.name()).isEqualTo("Laptop");
        assertThat(passkey.transports()).containsExactly("hybrid", "internal");
        warden.clock.advance(Duration.ofMinutes(1));

        var signIn = signedIn(authenticator);

        assertThat(signIn.userId()).isEqualTo(ada.id());
        assertThat(warden.authenticated(signIn.tokens().accessToken()).userId()).isEqualTo(ada.id());
        var stored = warden.managePasskeys.list(adaCaller).getFirst();
        assertThat(stored.signCount()).isEqualTo(2);
        assertThat(stored.lastUsedAt()).contains(warden.clock.now());
        assertThat(warden.stored(ada.id()).lastLogin()).contains(warden.clock.now());
    }

    @Test
    void packedSelfAttestationAndEd25519KeysAreAccepted() {
        var packed = SoftwareAuthenticator.es256(ORIGIN);
        var edwards = SoftwareAuthenticator.ed25519(ORIGIN);
        registered(adaCaller, packed, Attestation.PACKED_SELF);
        registered(adaCaller, edwards, Attestation.PACKED_SELF);

        assertThat(signedIn(packed).userId()).isEqualTo(ada.id());
        assertThat(signedIn(edwards).userId()).isEqualTo(ada.id());
        assertThat(warden.managePasskeys.list(adaCaller)).hasSize(2);
    }

    @Test
    void anAuthenticatorWithoutACounterSignsInAgainAndAgain() {
        var authenticator = SoftwareAuthenticator.es256WithoutCounter(ORIGIN);
        registered(adaCaller, authenticator);

        assertThat(signedIn(authenticator).userId()).isEqualTo(ada.id());
        assertThat(signedIn(authenticator).userId()).isEqualTo(ada.id());
    }

    @Test
    void aCounterThatGoesBackIsAClonedAuthenticatorAndRefused() {
        var original = SoftwareAuthenticator.es256(ORIGIN);
        registered(adaCaller, original);
        var clone = original.cloned();
        signedIn(original);

        var options = warden.passkeySignIn.signInOptions(Optional.empty());
        assertThat(signingIn(options, clone.assertion(options.challenge(), RP_ID)))
                .isEqualTo(new AuthError.InvalidPasskey());
        assertThat(warden.managePasskeys.list(adaCaller).getFirst().signCount()).isEqualTo(2);
        assertThat(signedIn(original).userId()).isEqualTo(ada.id());
    }

    @Test
    void aSignInChallengeWorksOnceAndForFiveMinutes() {
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        registered(adaCaller, authenticator);
        var options = warden.passkeySignIn.signInOptions(Optional.empty());
        var assertion = authenticator.assertion(options.challenge(), RP_ID);
        signedIn(options, assertion);

        assertThat(signingIn(options, assertion)).isEqualTo(new AuthError.InvalidPasskey());
        var late = warden.passkeySignIn.signInOptions(Optional.empty());
        warden.clock.advance(PasskeyChallenge.TTL);
        assertThat(signingIn(late, authenticator.assertion(late.challenge(), RP_ID)))
                .isEqualTo(new AuthError.InvalidPasskey());
    }

    @Test
    void anotherOriginOrRelyingPartyIsRefused() {
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        var creation = warden.managePasskeys.registrationOptions(adaCaller);
        var phished = authenticator.register(creation.challenge(), RP_ID, creation.userHandle(), Attestation.NONE,
                "https://auth.example.org.evil.test", true);
        assertThat(errorOf(() -> warden.managePasskeys.register(new RegisterPasskeyCommand(adaCaller, phished, null))))
                .isEqualTo(new AuthError.InvalidPasskey());
        registered(adaCaller, authenticator);

        var options = warden.passkeySignIn.signInOptions(Optional.empty());
        assertThat(signingIn(options, authenticator.assertion(options.challenge(), RP_ID, "https://evil.test", true,
                true))).isEqualTo(new AuthError.InvalidPasskey());
        var other = warden.passkeySignIn.signInOptions(Optional.empty());
        assertThat(signingIn(other, authenticator.assertion(other.challenge(), "evil.test")))
                .isEqualTo(new AuthError.InvalidPasskey());
    }

    @Test
    void anUnknownCredentialOrAForeignUserHandleIsRefused() {
        var stranger = SoftwareAuthenticator.es256(ORIGIN);
        stranger.register(new byte[32], RP_ID, UserHandle.of(ada.id()));
        var options = warden.passkeySignIn.signInOptions(Optional.empty());
        assertThat(signingIn(options, stranger.assertion(options.challenge(), RP_ID)))
                .isEqualTo(new AuthError.InvalidPasskey());

        var confused = SoftwareAuthenticator.es256(ORIGIN);
        var creation = warden.managePasskeys.registrationOptions(adaCaller);
        warden.managePasskeys.register(new RegisterPasskeyCommand(adaCaller, confused.register(creation.challenge(), RP_ID,
                UserHandle.of(bob.id())), null));
        var next = warden.passkeySignIn.signInOptions(Optional.empty());
        assertThat(signingIn(next, confused.assertion(next.challenge(), RP_ID))).isEqualTo(new AuthError.InvalidPasskey());
        // without the user handle, only a sign-in that named its user beforehand can tell whose passkey it is
        var discoverable = warden.passkeySignIn.signInOptions(Optional.empty());
        assertThat(signingIn(discoverable, confused.assertion(discoverable.challenge(), RP_ID, ORIGIN, true, false)))
                .isEqualTo(new AuthError.InvalidPasskey());
        var named = warden.passkeySignIn.signInOptions(Optional.of("ada"));
        assertThat(signedIn(named, confused.assertion(named.challenge(), RP_ID, ORIGIN, true, false))
                .userId()).isEqualTo(ada.id());
    }

    @Test
    void aUsernameListsItsPasskeysAndOnlyThoseMayAnswer() {
        var adas = SoftwareAuthenticator.es256(ORIGIN);
        var bobs = SoftwareAuthenticator.es256(ORIGIN);
        registered(adaCaller, adas);
        registered(bobCaller, bobs);

        var options = warden.passkeySignIn.signInOptions(Optional.of("ada@example.com"));

        assertThat(options.allowCredentials()).singleElement()
                .satisfies(allowed -> assertThat(allowed.credentialId()).isEqualTo(adas.credentialId()));
        assertThat(signingIn(options, bobs.assertion(options.challenge(), RP_ID)))
                .isEqualTo(new AuthError.InvalidPasskey());
        var again = warden.passkeySignIn.signInOptions(Optional.of("ada"));
        assertThat(signedIn(again, adas.assertion(again.challenge(), RP_ID)).userId()).isEqualTo(ada.id());
    }

    @Test
    void anUnknownUsernameLooksLikeAnAccountWithoutPasskeysAndNoPasskeyAnswersIt() {
        var adas = SoftwareAuthenticator.es256(ORIGIN);
        registered(adaCaller, adas);

        var options = warden.passkeySignIn.signInOptions(Optional.of("nobody"));

        assertThat(options.allowCredentials()).isEmpty();
        assertThat(warden.passkeySignIn.signInOptions(Optional.of("bob")).allowCredentials()).isEmpty();
        assertThat(signingIn(options, adas.assertion(options.challenge(), RP_ID)))
                .isEqualTo(new AuthError.InvalidPasskey());
    }

    @Test
    void aRegistrationChallengeServesOnlyTheUserItWasGivenToAndOnlyOnce() {
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        var adasOptions = warden.managePasskeys.registrationOptions(adaCaller);
        var response = authenticator.register(adasOptions.challenge(), RP_ID, adasOptions.userHandle());

        assertThat(errorOf(() -> warden.managePasskeys.register(new RegisterPasskeyCommand(bobCaller, response, null))))
                .isEqualTo(new AuthError.InvalidPasskey());
        assertThat(errorOf(() -> warden.managePasskeys.register(new RegisterPasskeyCommand(adaCaller, response, null))))
                .isEqualTo(new AuthError.InvalidPasskey());
        assertThat(warden.managePasskeys.list(bobCaller)).isEmpty();
        assertThat(warden.managePasskeys.list(adaCaller)).isEmpty();
    }

    @Test
    void aCredentialIsRegisteredOnce() {
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        registered(adaCaller, authenticator);

        assertThat(errorOf(() -> registered(bobCaller, authenticator)))
                .isEqualTo(new AuthError.PasskeyAlreadyRegistered());
    }

    @Test
    void withoutUserVerificationTheSecondFactorIsAskedWithItNot() {
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        registered(adaCaller, authenticator);
        var secret = warden.manageTotp.setup(adaCaller).secret();
        warden.manageTotp.enable(new SecondFactorCommand(adaCaller,
                warden.totpCodes.codeAt(secret, TotpPolicy.stepAt(warden.clock.now())), "203.0.113.9"));

        var options = warden.passkeySignIn.signInOptions(Optional.empty());
        var refused = signingIn(options, authenticator.assertion(options.challenge(), RP_ID, ORIGIN, false, true));
        assertThat(refused).isInstanceOf(AuthError.MfaRequired.class);

        assertThat(signedIn(authenticator).userId()).isEqualTo(ada.id());
    }

    @Test
    void aDisabledAccountIsToldSoAfterItsPasskeyVerified() {
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        registered(adaCaller, authenticator);
        warden.setActive(ada.id(), false);

        var options = warden.passkeySignIn.signInOptions(Optional.empty());

        assertThat(signingIn(options, authenticator.assertion(options.challenge(), RP_ID)))
                .isEqualTo(new AuthError.AccountDisabled());
    }

    @Test
    void aUserDeletesTheirOwnPasskeysOnly() {
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        var passkey = registered(adaCaller, authenticator);

        assertThat(errorOf(() -> warden.managePasskeys.delete(bobCaller, passkey.id())))
                .isEqualTo(new AuthError.PasskeyNotFound());
        assertThat(errorOf(() -> warden.managePasskeys.delete(adaCaller, UUID.randomUUID())))
                .isEqualTo(new AuthError.PasskeyNotFound());
        warden.managePasskeys.delete(adaCaller, passkey.id());

        assertThat(warden.managePasskeys.list(adaCaller)).isEmpty();
        var options = warden.passkeySignIn.signInOptions(Optional.empty());
        assertThat(signingIn(options, authenticator.assertion(options.challenge(), RP_ID)))
                .isEqualTo(new AuthError.InvalidPasskey());
    }

    @Test
    void anAddressNeverVerifiedCannotRegisterAPasskey() {
        var squatter = new Caller(warden.registered("squatter").id(), new Caller.PasswordCredential());

        assertThat(errorOf(() -> warden.managePasskeys.registrationOptions(squatter)))
                .isEqualTo(new AuthError.EmailNotVerified());
    }

    @Test
    void withTotpEnabledAddingAPasskeyTakesASecondFactorCode() {
        var secret = warden.manageTotp.setup(adaCaller).secret();
        var step = TotpPolicy.stepAt(warden.clock.now());
        warden.manageTotp.enable(new SecondFactorCommand(adaCaller, warden.totpCodes.codeAt(secret, step), "203.0.113.9"));
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);

        var options = warden.managePasskeys.registrationOptions(adaCaller);
        var json = authenticator.register(options.challenge(), options.rpId(), options.userHandle(), Attestation.NONE,
                ORIGIN, true);
        assertThat(errorOf(() -> warden.managePasskeys.register(new RegisterPasskeyCommand(adaCaller, json, "Laptop"))))
                .isInstanceOf(AuthError.InvalidInput.class);

        options = warden.managePasskeys.registrationOptions(adaCaller);
        var second = authenticator.register(options.challenge(), options.rpId(), options.userHandle(),
                Attestation.NONE, ORIGIN, true);
        assertThat(errorOf(() -> warden.managePasskeys.register(new RegisterPasskeyCommand(adaCaller, second, "Laptop",
                Optional.of("aaaaa-bbbbb"), "203.0.113.9")))).isEqualTo(new AuthError.InvalidCode());

        options = warden.managePasskeys.registrationOptions(adaCaller);
        var third = authenticator.register(options.challenge(), options.rpId(), options.userHandle(),
                Attestation.NONE, ORIGIN, true);
        var passkey = warden.managePasskeys.register(new RegisterPasskeyCommand(adaCaller, third, "Laptop",
                Optional.of(warden.totpCodes.codeAt(secret, step + 1)), "203.0.113.9"));
        assertThat(warden.managePasskeys.list(adaCaller)).extracting(Passkey::id).containsExactly(passkey.id());
    }

    @Test
    void anAssertionSignedByAnotherKeyForARegisteredCredentialIsRefused() {
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        registered(adaCaller, authenticator);
        var options = warden.passkeySignIn.signInOptions(Optional.empty());

        var forged = authenticator.impostor().assertion(options.challenge(), options.rpId());

        assertThat(signingIn(options, forged)).isEqualTo(new AuthError.InvalidPasskey());
        assertThat(signedIn(authenticator).userId()).isEqualTo(ada.id());
    }

    @Test
    void userVerificationIsReadFromTheSignedDataNotFromWhatTheClientClaims() {
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        registered(adaCaller, authenticator);
        var options = warden.passkeySignIn.signInOptions(Optional.empty());
        var withoutVerification = authenticator.assertion(options.challenge(), options.rpId(), ORIGIN, false, true);

        var claimed = SoftwareAuthenticator.withUserVerifiedClaimed(withoutVerification);

        assertThat(claimed).isNotEqualTo(withoutVerification);
        assertThat(signingIn(options, claimed)).isEqualTo(new AuthError.InvalidPasskey());
    }

    @Test
    void anAccountHoldsTwentyPasskeysAtMost() {
        for (int i = 0; i < Passkey.MAX_PER_USER; i++) {
            registered(adaCaller, SoftwareAuthenticator.es256(ORIGIN));
        }

        assertThat(errorOf(() -> warden.managePasskeys.registrationOptions(adaCaller)))
                .isEqualTo(new AuthError.PasskeyLimitReached());
        var first = warden.managePasskeys.list(adaCaller).getFirst();
        warden.managePasskeys.delete(adaCaller, first.id());
        assertThat(registered(adaCaller, SoftwareAuthenticator.es256(ORIGIN)).userId()).isEqualTo(ada.id());
    }
}
