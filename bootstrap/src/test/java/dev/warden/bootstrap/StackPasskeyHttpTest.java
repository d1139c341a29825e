package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.PASSWORD;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.inprocess.webauthn.SoftwareAuthenticator;
import dev.warden.adapter.inprocess.webauthn.SoftwareAuthenticator.Attestation;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passkeys through Stack's four endpoints as its SDK calls them (the SDK's headers, so its codes): the options come
 * with the relying party id left for the SDK to fill in, which it does with the page's host name; the service checks
 * the browser's answers against its own relying party id and origins, as on {@code /api/auth/passkeys}.
 */
class StackPasskeyHttpTest {
    private static final String ORIGIN = MailedService.PUBLIC_URL;
    private static final String PAGE_HOST = "warden.example.org"; // the app page's host name: the RP id
    private static final String PLACEHOLDER = "THIS_VALUE_WILL_BE_REPLACED.example.com";
    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of("auth.rate-limits.login", "off"));

    private static String[] sdk(String... own) {
        var all = new ArrayList<>(List.of("X-Stack-Project-Id", "internal", "X-Stack-Access-Type", "client",
                "X-Stack-Client-Version", "js @stackframe/js@2.8.108"));
        all.addAll(List.of(own));
        return all.toArray(String[]::new);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static String access(String username) {
        return service.login(username, PASSWORD).string("access_token");
    }

    private static Api.Reply post(String path, String body, String... headers) {
        return service.api.send("POST", "/api/v1/auth/passkey/" + path, body, "application/json", headers);
    }

    private static void assertKnown(Api.Reply reply, String code) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.header("x-stack-known-error")).hasValue(code);
        assertThat(map(reply.body().get("details"))).containsKey("message"); // what the SDK rebuilds it from
        assertThat(reply.body()).doesNotContainKeys("access_token", "refresh_token");
    }

    /** registerPasskey(): the options, the placeholder replaced, the authenticator's answer, then the register call. */
    private static Api.Reply register(String access, SoftwareAuthenticator authenticator) {
        var started = post("initiate-passkey-registration", "{}", sdk("X-Stack-Access-Token", access));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        var options = map(started.body().get("options_json"));
        assertThat(map(options.get("rp"))).containsEntry("id", PLACEHOLDER);
        assertThat(started.string("code")).isEqualTo(options.get("challenge"));
        var credential = authenticator.register(B64URL.decode((String) options.get("challenge")), PAGE_HOST,
                B64URL.decode((String) map(options.get("user")).get("id")), Attestation.NONE, ORIGIN, true);
        return post("register", "{\"credential\":" + credential + ",\"code\":\"" + started.string("code") + "\"}",
                sdk("X-Stack-Access-Token", access));
    }

    private record Options(String code, byte[] challenge) {}

    private static Options signInOptions() {
        var started = post("initiate-passkey-authentication", "{}", sdk());
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        var options = map(started.body().get("options_json"));
        assertThat(options).containsEntry("rpId", PLACEHOLDER).containsEntry("allowCredentials", List.of());
        return new Options(started.string("code"), B64URL.decode((String) options.get("challenge")));
    }

    private static Api.Reply signIn(Options options, String assertion) {
        return post("sign-in", "{\"authentication_response\":" + assertion + ",\"code\":\"" + options.code() + "\"}",
                sdk());
    }

    @Test
    void aPasskeyRegisteredThroughTheSdksEndpointsSignsInThroughThem() {
        var name = service.registeredAndVerified(uniqueName("stackpk"));
        var access = access(name);
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);

        var registered = register(access, authenticator);

        assertThat(registered.status()).as(registered.text()).isEqualTo(200);
        var listed = service.api.get("/api/auth/passkeys", "Authorization", Api.bearer(access));
        assertThat((List<?>) listed.body().get("passkeys")).hasSize(1);
        var options = signInOptions();
        var signedIn = signIn(options, authenticator.assertion(options.challenge(), PAGE_HOST));
        assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
        assertThat(signedIn.body()).containsKeys("access_token", "refresh_token", "user_id")
                .containsEntry("is_new_user", false);
        var me = service.api.get("/api/v1/users/me", sdk("X-Stack-Access-Token", signedIn.string("access_token")));
        assertThat(me.body()).containsEntry("id", signedIn.string("user_id"));
        // a challenge works once
        assertKnown(signIn(options, authenticator.assertion(options.challenge(), PAGE_HOST)),
                "PASSKEY_AUTHENTICATION_FAILED");
    }

    @Test
    void anAnswerForAnotherRelyingPartyOrAnImpostorIsRefusedInTheSdksCodes() {
        var name = service.registeredAndVerified(uniqueName("stackpkbad"));
        var access = access(name);
        var authenticator = SoftwareAuthenticator.es256(ORIGIN);
        assertThat(register(access, authenticator).status()).isEqualTo(200);

        var elsewhere = signInOptions(); // a page on another host fills in its own name
        assertKnown(signIn(elsewhere, authenticator.assertion(elsewhere.challenge(), "evil.example.net")),
                "PASSKEY_AUTHENTICATION_FAILED");
        var impostor = signInOptions();
        assertKnown(signIn(impostor, authenticator.impostor().assertion(impostor.challenge(), PAGE_HOST)),
                "PASSKEY_AUTHENTICATION_FAILED");
        assertKnown(register(access, authenticator), "PASSKEY_REGISTRATION_FAILED"); // registered already
    }

    @Test
    void anUnverifiedAddressCannotRegisterAPasskey() {
        var email = uniqueName("stackpkunv") + "@example.com";
        var signUp = service.api.post("/api/v1/auth/password/sign-up", Map.of("email", email, "password", PASSWORD),
                sdk());
        assertThat(signUp.status()).as(signUp.text()).isEqualTo(200);

        var refused = post("initiate-passkey-registration", "{}",
                sdk("X-Stack-Access-Token", signUp.string("access_token")));

        assertKnown(refused, "PASSKEY_REGISTRATION_FAILED"); // the SDK's result for any failed registration
        assertThat(refused.body()).containsEntry("error", "Verify your email address first");
    }
}
