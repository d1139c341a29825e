package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AUTH_BOOTSTRAP_ADMIN_* is the operator's way back in: at every start, that account is an active superuser. */
class BootstrapAdministratorHttpTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";

    @TempDir
    Path dataDir;

    private EmbeddedServer start() {
        var url = "jdbc:h2:file:" + dataDir.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", url,
                "auth.bootstrap-admin.username", "root",
                "auth.bootstrap-admin.email", "root@example.com",
                "auth.bootstrap-admin.password", PASSWORD), "test");
    }

    private static Api api(EmbeddedServer server) {
        return new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static String[] bearer(Api api, String name) {
        return new String[] {"Authorization", api.kit().tokensFor(name, PASSWORD).authorization()};
    }

    @Test
    void aBootstrapAdministratorDemotedAndDeactivatedByAnotherIsRestoredAtTheNextStart() {
        var first = start();
        try {
            var api = api(first);
            var root = bearer(api, "root");
            var rootId = api.get("/api/auth/me", root).string("id");
            var deputyName = "deputy" + UUID.randomUUID().toString().substring(0, 8);
            var deputyLogin = api.registerAndLogin(deputyName, PASSWORD);
            var deputyId = api.get("/api/auth/me", "Authorization", deputyLogin.authorization())
                    .string("id");
            assertThat(api.send("PATCH", "/api/admin/users/" + deputyId + "/roles", "{\"is_superuser\":true}",
                    "application/json", root).status()).isEqualTo(200);
            var deputy = bearer(api, deputyName);

            assertThat(api.send("PATCH", "/api/admin/users/" + rootId + "/roles",
                    "{\"is_staff\":false,\"is_superuser\":false}", "application/json", deputy).status()).isEqualTo(200);
            assertThat(api.post("/api/admin/users/" + rootId + "/deactivate", null, deputy).status()).isEqualTo(200);
            assertThat(api.post("/api/auth/login", Map.of("username", "root", "password", PASSWORD)).detail())
                    .isEqualTo("Account is disabled");
        } finally {
            first.getApplicationContext().close();
        }

        var second = start();
        try {
            var api = api(second);
            var me = api.get("/api/auth/me", bearer(api, "root"));
            assertThat(me.body()).containsEntry("is_active", true).containsEntry("is_superuser", true)
                    .containsEntry("is_staff", true);
        } finally {
            second.getApplicationContext().close();
        }
    }
}
