package dev.warden.usecase;

import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.secondfactor.port.in.SecondFactorCommand;
import dev.warden.application.secondfactor.port.in.TotpSecret;
import dev.warden.application.selfservice.port.in.ProfileUseCase;
import dev.warden.application.selfservice.port.in.UpdateProfileCommand;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.mfa.TotpPolicy;
import dev.warden.domain.passkey.Passkey;
import dev.warden.domain.user.User;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The profile of a signed-in user (Stack's current user): reading it, and what an update changes or refuses. */
class ProfileUseCaseTest {
    private static final String CLIENT = "203.0.113.50";
    private static final byte[] SECRET = "twenty bytes secret!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Warden warden = new Warden();
    private final ProfileUseCase profiles = warden.selfServiceFeature.profile();
    private final User ada = warden.registered("ada");
    private final Caller caller = new Caller(ada.id(), new Caller.PasswordCredential());

    private UpdateProfileCommand update() {
        return UpdateProfileCommand.of(caller, CLIENT);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void theProfileSaysWhetherTotpIsEnabledAndWhetherThereIsAPasskey() {
        assertThat(profiles.profile(caller)).satisfies(profile -> {
            assertThat(profile.user()).isEqualTo(ada);
            assertThat(profile.totpEnabled()).isFalse();
            assertThat(profile.passkeys()).isFalse();
        });

        warden.passkeyStore.add(Passkey.registered(UUID.randomUUID(), ada.id(), new byte[] {1, 2, 3}, "key",
                new byte[] {4}, 0, List.of(), false, false, warden.clock.now()));

        assertThat(profiles.profile(caller).passkeys()).isTrue();
    }

    @Test
    void aDisplayNameIsStoredAsTheFirstNameAndReadBackAsGiven() {
        var renamed = profiles.update(update().withDisplayName("  Countess of Lovelace "));

        assertThat(renamed.user().displayName()).isEqualTo("Countess of Lovelace");
        assertThat(warden.stored(ada.id())).satisfies(stored -> {
            assertThat(stored.firstName()).isEqualTo("Countess of Lovelace");
            assertThat(stored.lastName()).isEmpty();
        });
        assertThat(warden.audit.newestFirst(0, 1).getFirst().action()).isEqualTo("update-profile");

        assertThat(profiles.update(update().withDisplayName(null)).user().displayName()).isEqualTo("ada");
        assertThat(errorOf(() -> update().withDisplayName("x".repeat(User.MAX_NAME_LENGTH + 1))))
                .isEqualTo(AuthError.InvalidInput.of("display_name", new Reason.Length(0, User.MAX_NAME_LENGTH)));
        assertThat(profiles.update(update().withDisplayName("y".repeat(User.MAX_NAME_LENGTH))).user().firstName())
                .hasSize(User.MAX_NAME_LENGTH);
    }

    @Test
    void anEnrolledSecretEnablesTotpAtOnceAndThePasswordLoginThenAsksItsCode() {
        var enrolled = profiles.update(update().withTotpSecret(base64(SECRET)));

        assertThat(enrolled.totpEnabled()).isTrue();
        var error = errorOf(() -> warden.login.login(new LoginCommand("ada", Warden.PASSWORD)));
        assertThat(error).isInstanceOf(AuthError.MfaRequired.class);
        var code = warden.totpCodes.codeAt(warden.totpCodes.base32(SECRET), TotpPolicy.stepAt(warden.clock.now()));
        var done = warden.verifyMfa.verify(new dev.warden.application.secondfactor.port.in.VerifyMfaCommand(
                ((AuthError.MfaRequired) error).mfaToken(), code, CLIENT));
        assertThat(done.userId()).isEqualTo(ada.id());
        // no recovery codes were made; the authenticator's code disables it as usual
        warden.clock.advance(TotpPolicy.PERIOD);
        warden.manageTotp.disable(new SecondFactorCommand(caller, warden.totpCodes.codeAt(
                warden.totpCodes.base32(SECRET), TotpPolicy.stepAt(warden.clock.now())), CLIENT));
        assertThat(profiles.profile(caller).totpEnabled()).isFalse();
    }

    @Test
    void aSecondSecretNullAndAForeignStateAreRefusedAndChangeNothing() {
        profiles.update(update().withTotpSecret(base64(SECRET)));
        var before = warden.stored(ada.id());

        assertThat(errorOf(() -> profiles.update(update().withDisplayName("Grace").withTotpSecret(base64(new byte[16])))))
                .isInstanceOf(AuthError.MfaAlreadyEnabled.class);
        assertThat(errorOf(() -> profiles.update(update().withDisplayName("Grace").withTotpSecret(null)
                .withPasskeys(true).withEmail("other@example.com"))))
                .isEqualTo(new AuthError.ConflictsWithAccount(Map.of("totp_secret_base64", List.of(Reason.REMOVAL_NEEDS_CODE),
                        "passkey_auth_enabled", List.of(Reason.UNCHANGEABLE),
                        "primary_email", List.of(Reason.UNCHANGEABLE))));

        assertThat(warden.stored(ada.id())).isEqualTo(before);
        assertThat(profiles.profile(caller).totpEnabled()).isTrue();
    }

    @Test
    void clientMetadataIsKeptAsGivenAndEmptyKeepsNothing() {
        assertThat(profiles.profile(caller).clientMetadata()).isEmpty();

        var saved = profiles.update(update().withClientMetadata("{\"theme\":\"dark\"}"));

        assertThat(saved.clientMetadata()).contains("{\"theme\":\"dark\"}");
        assertThat(warden.clientMetadata.find(ada.id())).contains("{\"theme\":\"dark\"}");
        assertThat(profiles.update(update().withClientMetadata(null)).clientMetadata()).isEmpty();
        assertThat(warden.clientMetadata.find(ada.id())).isEmpty();
        assertThat(errorOf(() -> update().withClientMetadata("{\"k\":\"" + "x".repeat(4096) + "\"}")))
                .isEqualTo(AuthError.InvalidInput.of("client_metadata", new Reason.Length(0, 4096)));
    }

    @Test
    void theStateTheAccountHasIsAcceptedAsItIs() {
        var profile = profiles.update(update().withTotpSecret(null).withPasskeys(false).withEmail("ADA@example.com")
                .withClientMetadata("{}"));

        assertThat(profile.user()).isEqualTo(ada);
        assertThat(profile.totpEnabled()).isFalse();
        assertThat(warden.audit.count()).isZero();
    }

    @Test
    void aSecretMustBeStandardBase64OfSixteenToThirtyTwoBytes() {
        var refused = AuthError.InvalidInput.of("totp_secret_base64",
                new Reason.Base64(TotpSecret.MIN_BYTES, TotpSecret.MAX_BYTES));

        assertThat(errorOf(() -> update().withTotpSecret(base64(new byte[15])))).isEqualTo(refused);
        assertThat(errorOf(() -> update().withTotpSecret(base64(new byte[33])))).isEqualTo(refused);
        assertThat(errorOf(() -> update().withTotpSecret("not base64!"))).isEqualTo(refused);
        assertThat(errorOf(() -> update().withTotpSecret(
                Base64.getUrlEncoder().encodeToString(new byte[] {-5, -1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11,
                        -12, -13, -14, -15, -16, -17})))).as("base64url is not standard base64").isEqualTo(refused);
        assertThat(update().withTotpSecret(base64(new byte[32])).totp()).isPresent();
    }

    @Test
    void aGoneOrDeactivatedAccountHasNoProfile() {
        warden.users.update(new User(ada.id(), ada.username(), ada.email(), ada.passwordHash(), "", "", false, false,
                false, false, ada.membership(), ada.oauthProvider(), ada.oauthId(), ada.dateJoined(), ada.lastLogin()));

        assertThat(errorOf(() -> profiles.profile(caller))).isInstanceOf(AuthError.AuthenticationRequired.class);
        assertThat(errorOf(() -> profiles.update(update().withDisplayName("Ghost"))))
                .isInstanceOf(AuthError.AuthenticationRequired.class);
    }
}
