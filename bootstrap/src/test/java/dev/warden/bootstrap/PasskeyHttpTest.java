package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.PASSWORD;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.inprocess.LibraryTotpGenerator;
import dev.warden.adapter.inprocess.webauthn.SoftwareAuthenticator.Attestation;
import dev.warden.adapter.inprocess.webauthn.SoftwareAuthenticator;
import dev.warden.domain.mfa.TotpPolicy;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passkeys (seed 002) over HTTP, against a software authenticator whose every signature is real: registration,
 * sign-in with a discoverable credential and with a username, list and delete, and the refusals: another origin, a
 * replayed challenge, a cloned authenticator, an unknown credential, another user's registration challenge.
 */
class PasskeyHttpTest {
    private static final String ORIGIN = MailedService.PUBLIC_URL;
    private static final String RP_ID = "warden.example.org";
    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of("auth.rate-limits.login", "off"));

    private record Account(String username, String access) {
        String[] auth() {
            return new String[] {"Authorization", Api.bearer(access)};
        }
    }

    private static Account account() {
        var name = service.registeredAndVerified(uniqueName("pk")); // verified: some tests enable TOTP
        return new Account(name, service.login(name, PASSWORD).string("access_token"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Api.Reply creationOptions(Account account) {
        var reply = service.api.post("/api/auth/passkeys/register/options", "", account.auth());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    /** The browser's side of registration: the authenticator answers the options the service gave. */
    private static String created(Api.Reply options, SoftwareAuthenticator authenticator, Attestation attestation,
                                  String origin) {
        var body = options.body();
        return authenticator.register(B64URL.decode((String) body.get("challenge")), (String) map(body.get("rp")).get("id"),
                B64URL.decode((String) map(body.get("user")).get("id")), attestation, origin, true);
    }

    private static Api.Reply register(Account account, String credential) {
        return service.api.post("/api/auth/passkeys/register", "{\"credential\":" + credential + ",\"name\":\"Laptop\"}",
                account.auth());
    }

    private static Map<String, Object> registered(Account account, SoftwareAuthenticator authenticator,
                                                  Attestation attestation) {
        var reply = register(account, created(creationOptions(account), authenticator, attestation, ORIGIN));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.body();
    }

    private record Challenge(String id, byte[] bytes, Map<String, Object> options) {}

    private static Challenge signInOptions(String username) {
        var reply = service.api.post("/api/auth/passkeys/login/options",
                username == null ? Map.of() : Map.of("username", username));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        var options = map(reply.body().get("options"));
        return new Challenge(reply.string("challenge_id"), B64URL.decode((String) options.get("challenge")), options);
    }

    private static Api.Reply signIn(Challenge challenge, String assertion) {
        return service.api.post("/api/auth/passkeys/login",
                "{\"challenge_id\":\"" + challenge.id() + "\",\"credential\":" + assertion + "}");
    }

    private static void assertRefused(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(403);
        assertThat(reply.detail()).isEqualTo("Invalid passkey");
        assertThat(reply.body()).doesNotContainKeys("access_token", "refresh_token");
    }

    private static String userIdOf(Account account) {
        return service.api.get("/api/auth/me", account.auth()).string("id");
    }

    @Test
    void aPasskeyRegistersWithTheOptionsGivenAndSignsInWithoutAUsername() {
        var ada = account();
        var options = creationOptions(ada).body();
        var userId = UUID.fromString(userIdOf(ada));
        var handle = ByteBuffer.allocate(16).putLong(userId.getMostSignificantBits())
                .putLong(userId.getLeastSignificantBits()).array();
        assertThat(map(options.get("rp"))).isEqualTo(Map.of("id", RP_ID, "name", "Warden"));
        assertThat(map(options.get("user"))).containsEntry("id", Base64.getUrlEncoder().withoutPadding()
                .encodeToString(handle)).containsEntry("name", ada.username());
        assertThat(B64URL.decode((String) options.get("challenge"))).hasSize(32);
        assertThat(list(options.get("pubKeyCredParams"))).extracting(param -> param.get("alg")).containsExactly(-7, -8, -257);
        assertThat(options.get("authenticatorSelection"))
                .isEqualTo(Map.of("residentKey", "preferred", "userVerification", "preferred"));
        assertThat(options).containsEntry("attestation", "none").containsEntry("timeout", 300000)
                .containsEntry("excludeCredentials", List.of());

        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        var passkey = registered(ada, authenticator, Attestation.NONE);
        assertThat(passkey).containsOnlyKeys("id", "name", "created_at").containsEntry("name", "Laptop");
        assertThat(list(creationOptions(ada).body().get("excludeCredentials"))).singleElement()
                .satisfies(known -> assertThat(known).containsEntry("id", authenticator.credentialIdText()));

        var challenge = signInOptions(null);
        assertThat(challenge.options()).containsEntry("rpId", RP_ID).containsEntry("userVerification", "preferred")
                .containsEntry("allowCredentials", List.of());
        var reply = signIn(challenge, authenticator.assertion(challenge.bytes(), RP_ID));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).containsKeys("access_token", "refresh_token", "expires_in")
                .containsEntry("token_type", "bearer").containsEntry("user_id", userId.toString());
        assertThat(reply.header("Cache-Control")).contains("no-store");
        var me = service.api.get("/api/auth/me", "Authorization", Api.bearer(reply.string("access_token")));
        assertThat(me.string("username")).isEqualTo(ada.username());
        assertThat(me.body().get("last_login")).isNotNull();
    }

    @Test
    void aUsernameSignInListsThatAccountsPasskeysAndPackedSelfAttestationRegisters() {
        var ada = account();
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        registered(ada, authenticator, Attestation.PACKED_SELF);

        var challenge = signInOptions(MailedService.addressOf(ada.username()));
        assertThat(list(challenge.options().get("allowCredentials"))).singleElement().satisfies(allowed ->
                assertThat(allowed).containsEntry("type", "public-key").containsEntry("id", authenticator.credentialIdText()));
        var reply = signIn(challenge, authenticator.assertion(challenge.bytes(), RP_ID));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.string("user_id")).isEqualTo(userIdOf(ada));
        var unknown = signInOptions("nobody-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(unknown.options().get("allowCredentials")).isEqualTo(List.of());
        assertRefused(signIn(unknown, authenticator.assertion(unknown.bytes(), RP_ID)));
    }

    @Test
    void theListShowsNamesAndTimesOnlyAndOnlyTheOwnerDeletes() {
        var ada = account();
        var bob = account();
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        var id = (String) registered(ada, authenticator, Attestation.NONE).get("id");
        var challenge = signInOptions(null);
        assertThat(signIn(challenge, authenticator.assertion(challenge.bytes(), RP_ID)).status()).isEqualTo(200);

        var listed = list(service.api.get("/api/auth/passkeys", ada.auth()).body().get("passkeys"));
        assertThat(listed).singleElement().satisfies(passkey -> {
            assertThat(passkey).containsOnlyKeys("id", "name", "created_at", "last_used_at").containsEntry("id", id);
            assertThat(passkey.get("last_used_at")).isNotNull();
        });
        assertThat(list(service.api.get("/api/auth/passkeys", bob.auth()).body().get("passkeys"))).isEmpty();

        var foreign = service.api.send("DELETE", "/api/auth/passkeys/" + id, null, null, bob.auth());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.detail()).isEqualTo("Passkey not found");
        assertThat(service.api.send("DELETE", "/api/auth/passkeys/not-an-id", null, null, ada.auth()).status())
                .isEqualTo(404);
        var deleted = service.api.send("DELETE", "/api/auth/passkeys/" + id, null, null, ada.auth());
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        assertThat(list(service.api.get("/api/auth/passkeys", ada.auth()).body().get("passkeys"))).isEmpty();
        var after = signInOptions(null);
        assertRefused(signIn(after, authenticator.assertion(after.bytes(), RP_ID)));
    }

    @Test
    void anotherOriginIsRefusedAtRegistrationAndAtSignIn() {
        var ada = account();
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        assertRefused(register(ada, created(creationOptions(ada), authenticator, Attestation.NONE,
                "https://warden.example.org.evil.test")));
        registered(ada, authenticator, Attestation.NONE);

        var challenge = signInOptions(null);

        assertRefused(signIn(challenge, authenticator.assertion(challenge.bytes(), RP_ID, "https://evil.test", true,
                true)));
    }

    @Test
    void aReplayedChallengeIsRefused() {
        var ada = account();
        var authenticator = SoftwareAuthenticator.es256WithoutCounter(ORIGIN);
        registered(ada, authenticator, Attestation.NONE);
        var challenge = signInOptions(null);
        var assertion = authenticator.assertion(challenge.bytes(), RP_ID);
        assertThat(signIn(challenge, assertion).status()).isEqualTo(200);

        assertRefused(signIn(challenge, assertion));
        var registration = creationOptions(ada);
        var credential = created(registration, SoftwareAuthenticator.es256(ORIGIN), Attestation.NONE, ORIGIN);
        assertThat(register(ada, credential).status()).isEqualTo(201);
        assertRefused(register(ada, credential));
    }

    @Test
    void aClonedAuthenticatorWhoseCounterGoesBackIsRefused() {
        var ada = account();
        var original = SoftwareAuthenticator.es256(ORIGIN);
        registered(ada, original, Attestation.NONE);
        var clone = original.cloned();
        var first = signInOptions(null);
        assertThat(signIn(first, original.assertion(first.bytes(), RP_ID)).status()).isEqualTo(200);

        var second = signInOptions(null);

        assertRefused(signIn(second, clone.assertion(second.bytes(), RP_ID)));
    }

    @Test
    void withoutUserVerificationAnAccountWithTotpIsAskedTheSecondFactorWithItNot() {
        var ada = account();
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        registered(ada, authenticator, Attestation.NONE);
        var secret = service.api.post("/api/auth/mfa/totp/setup", "", ada.auth()).string("secret");
        var code = new LibraryTotpGenerator().codeAt(secret, TotpPolicy.stepAt(service.clock.now()));
        assertThat(service.api.post("/api/auth/mfa/totp/enable", Map.of("code", code), ada.auth()).status())
                .isEqualTo(200);

        var challenge = signInOptions(ada.username());
        var withoutUv = signIn(challenge, authenticator.assertion(challenge.bytes(), RP_ID, ORIGIN, false, true));
        assertThat(withoutUv.status()).as(withoutUv.text()).isEqualTo(401);
        assertThat(withoutUv.detail()).isEqualTo("Multi-factor authentication required");
        assertThat(map(withoutUv.body().get("extra"))).containsKey("mfa_token");
        assertThat(withoutUv.body()).doesNotContainKeys("access_token");

        var next = signInOptions(ada.username());
        var withUv = signIn(next, authenticator.assertion(next.bytes(), RP_ID));
        assertThat(withUv.status()).as(withUv.text()).isEqualTo(200);
        assertThat(withUv.body()).containsKey("access_token");
    }

    @Test
    void anUnknownCredentialIsRefused() {
        var stranger = SoftwareAuthenticator.es256(ORIGIN);
        stranger.register(new byte[32], RP_ID, new byte[16]);
        var challenge = signInOptions(null);

        assertRefused(signIn(challenge, stranger.assertion(challenge.bytes(), RP_ID)));
        assertRefused(service.api.post("/api/auth/passkeys/login", "{\"challenge_id\":\"made-up\",\"credential\":"
                + stranger.assertion(challenge.bytes(), RP_ID) + "}"));
    }

    @Test
    void anotherUsersRegistrationChallengeIsRefused() {
        var ada = account();
        var mallory = account();
        var adasOptions = creationOptions(ada);

        assertRefused(register(mallory, created(adasOptions, SoftwareAuthenticator.es256(ORIGIN), Attestation.NONE,
                ORIGIN)));
        assertThat(list(service.api.get("/api/auth/passkeys", mallory.auth()).body().get("passkeys"))).isEmpty();
    }

    @Test
    void aMissingCredentialIsAValidationErrorAndAnonymousCallersCannotRegister() {
        var ada = account();
        var missing = service.api.post("/api/auth/passkeys/register", Map.of("name", "x"), ada.auth());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(map(map(missing.body().get("extra")).get("fields"))).containsKey("credential");
        assertThat(service.api.post("/api/auth/passkeys/register/options", "").status()).isEqualTo(401);
        assertThat(service.api.get("/api/auth/passkeys").status()).isEqualTo(401);
    }
}
