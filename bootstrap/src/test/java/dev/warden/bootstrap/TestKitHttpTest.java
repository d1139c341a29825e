package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.testkit.TestUser;
import dev.warden.testkit.WardenClient;
import dev.warden.testkit.WardenExtension;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The test kit (module {@code testkit}) as a user's test meets it: the extension starts this service in memory, the
 * client registers users and logs them in over real HTTP, and every helper's result is checked against the service.
 */
class TestKitHttpTest {
    @RegisterExtension
    static final WardenExtension warden = WardenExtension.inMemory().withProperty("auth.tokens.access-ttl", "5m");

    private final JsonMapper json = JsonMapper.createDefault();
    private final Api api = new Api(asUrl(), json);

    private static URL asUrl() {
        try {
            return warden.baseUrl().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theServiceRunsOnAFreePortAndTheClientIsAParameter(WardenClient client) {
        assertThat(warden.baseUrl().getPort()).isPositive().isNotEqualTo(8080);
        assertThat(client.baseUrl()).isEqualTo(warden.baseUrl());
        assertThat(api.get("/health").status()).isEqualTo(200);
    }

    @Test
    void registerCreatesTheAccountItDescribes() {
        var client = warden.client();

        var named = client.register("kit" + WardenClient.unique("").substring(0, 6));
        var generated = client.register();
        var full = client.register(WardenClient.unique("full"), "Full.Name@Example.org", "An0ther-Long-Secret");

        assertThat(named.email()).isEqualTo(named.username() + "@example.com");
        assertThat(named.password()).isEqualTo(WardenClient.DEFAULT_PASSWORD);
        assertThat(generated.username()).matches("user[0-9a-f]{8}");
        assertThat(full.email()).isEqualTo("Full.Name@Example.org");
        for (var user : new TestUser[] {named, generated, full}) {
            var me = api.get("/api/auth/me", "Authorization", client.tokensFor(user).authorization());
            assertThat(me.body()).containsEntry("id", user.id()).containsEntry("username", user.username())
                    .containsEntry("email", user.email());
        }
    }

    @Test
    void aRefusedRegistrationFailsWithTheServicesReply() {
        var client = warden.client();
        var taken = client.register();

        assertThatThrownBy(() -> client.register(taken.username()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /api/auth/register answered 409");
    }

    @Test
    void tokensForGivesAWorkingPairOfTheLogin() throws IOException {
        var client = warden.client();
        var user = client.register();

        var tokens = client.tokensFor(user);
        var byEmail = client.tokensFor(user.email(), user.password());

        assertThat(tokens.authorization()).isEqualTo("Bearer " + tokens.accessToken());
        assertThat(tokens.expiresIn()).isEqualTo(300);
        var claims = json.readValue(Base64.getUrlDecoder().decode(tokens.accessToken().split("\\.")[1]),
                Argument.mapOf(String.class, Object.class));
        assertThat(claims).as("the public URL is the running service's")
                .containsEntry("iss", warden.baseUrl().toString()).containsEntry("sub", user.id());
        assertThat(api.get("/api/auth/me", "Authorization", byEmail.authorization()).string("id")).isEqualTo(user.id());
        assertThat(api.post("/api/auth/refresh", Map.of("refresh_token", tokens.refreshToken())).status())
                .isEqualTo(200);
        assertThatThrownBy(() -> client.tokensFor(user.username(), "Wrong-Password-123"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("answered 401");
    }

    @Test
    void sessionCookieIsTheCookieOfASessionLogin() {
        var client = warden.client();
        var user = client.register();

        var cookie = client.sessionCookie(user);

        assertThat(cookie).startsWith(WardenClient.SESSION_COOKIE + "=").doesNotContain(";");
        assertThat(api.get("/api/auth/me", "Cookie", cookie).string("username")).isEqualTo(user.username());
        @SuppressWarnings("unchecked")
        var sessions = (List<Map<String, Object>>) api.get("/api/auth/sessions", "Cookie", cookie).body()
                .get("sessions");
        assertThat(sessions).singleElement().satisfies(session -> assertThat(session)
                .containsEntry("kind", "session").containsEntry("is_current", true));
    }

    @Test
    void adminIsTheSuperuserOfTheAdministrationApi() {
        var client = warden.client();
        var admin = warden.admin();
        var user = client.register();
        var asAdmin = client.tokensFor(admin).authorization();

        assertThat(admin.username()).isEqualTo("warden_admin");
        var me = api.get("/api/auth/me", "Authorization", asAdmin);
        assertThat(me.body()).containsEntry("id", admin.id()).containsEntry("is_superuser", true);
        var promoted = api.send("PATCH", "/api/admin/users/" + user.id() + "/roles", "{\"is_staff\":true}",
                "application/json", "Authorization", asAdmin);
        assertThat(promoted.status()).as(promoted.text()).isEqualTo(200);
        assertThat(api.get("/api/auth/me", "Authorization", client.tokensFor(user).authorization()).body())
                .containsEntry("is_staff", true);
    }

    @Test
    void theKitLiftsThePerAddressLimitsOnly() {
        var client = warden.client();

        for (int i = 0; i < 12; i++) {   // the register limit is 10 per 10 minutes and address in production
            client.register();
        }
        var locked = client.register();
        for (int i = 0; i < 5; i++) {
            api.post("/api/auth/login", Map.of("username", locked.username(), "password", "Wrong-Password-123"));
        }
        assertThat(api.post("/api/auth/login", Map.of("username", locked.username(), "password", locked.password()))
                .status()).as("the per-account lockout is as in production").isEqualTo(429);
    }
}
