package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With publishable client keys set, the Stack-style surface answers only clients that name the service's project
 * and one of its keys, in headers or, on the OAuth endpoints, as {@code client_id} and {@code client_secret}.
 */
class StackClientKeysHttpTest {
    private static final String PASSWORD = "secure_password_123";

    private static EmbeddedServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("auth.stack.project-id", "proj-7",
                "auth.stack.publishable-client-keys", "pck_one, pck_two"), "test");
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
    }

    private static String[] sdk(String project, String key) {
        return key == null
                ? new String[] {"X-Stack-Client-Version", "js @stackframe/js@2.8.102", "X-Stack-Project-Id", project}
                : new String[] {"X-Stack-Client-Version", "js @stackframe/js@2.8.102", "X-Stack-Project-Id", project,
                        "X-Stack-Publishable-Client-Key", key};
    }

    private static Api.Reply signUp(String email, String... headers) {
        return api.post("/api/v1/auth/password/sign-up", Map.of("email", email, "password", PASSWORD), headers);
    }

    private static String email() {
        return "keys" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static void assertKnown(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.header("x-stack-known-error")).hasValue(code);
        assertThat(reply.body()).doesNotContainKeys("access_token", "refresh_token");
    }

    @Test
    void aClientOfTheProjectWithOneOfItsKeysIsServedAndNoOneElse() {
        var email = email();
        assertKnown(signUp(email, sdk("proj-7", null)), 401, "INVALID_PUBLISHABLE_CLIENT_KEY");
        assertKnown(signUp(email, sdk("proj-7", "pck_three")), 401, "INVALID_PUBLISHABLE_CLIENT_KEY");
        var otherProject = signUp(email, sdk("internal", "pck_one"));
        assertKnown(otherProject, 400, "CURRENT_PROJECT_NOT_FOUND");
        assertThat(otherProject.body().get("details")).isEqualTo(Map.of("project_id", "internal"));
        // none of these made the account
        assertThat(signUp(email, sdk("proj-7", "pck_two")).status()).isEqualTo(200);
        // 2.8.108's header names count alike; a raw client without the SDK's header reads the seed's style
        assertThat(api.post("/api/v1/auth/password/sign-in", Map.of("email", email, "password", PASSWORD),
                "X-Hexclave-Project-Id", "proj-7", "X-Hexclave-Publishable-Client-Key", "pck_one").status())
                .isEqualTo(200);
        var raw = api.post("/api/v1/auth/password/sign-in", Map.of("email", email, "password", PASSWORD),
                "x-stack-project-id", "project-42");
        assertThat(raw.header("x-stack-known-error")).hasValue("UnknownProject");
    }

    @Test
    void theOAuthEndpointsCheckTheClientIdAndSecret() {
        var refresh = signUp(email(), sdk("proj-7", "pck_one")).string("refresh_token");
        var form = "grant_type=refresh_token&refresh_token=" + refresh + "&client_id=proj-7&client_secret=";

        assertKnown(api.send("POST", "/api/v1/auth/oauth/token", form + "__stack_public_client__",
                "application/x-www-form-urlencoded"), 401, "INVALID_PUBLISHABLE_CLIENT_KEY");
        assertThat(api.send("POST", "/api/v1/auth/oauth/token", form + "pck_two", "application/x-www-form-urlencoded")
                .status()).isEqualTo(200);
        assertKnown(api.get("/api/v1/auth/oauth/authorize/github?client_id=internal&client_secret=pck_one"), 400,
                "CURRENT_PROJECT_NOT_FOUND");
    }
}
