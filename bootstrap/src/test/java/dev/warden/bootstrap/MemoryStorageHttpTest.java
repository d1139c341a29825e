package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.adapter.memory.InMemoryUserRepository;
import dev.warden.application.account.port.out.UserRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@code AUTH_STORAGE=memory}: the whole service on the in-memory stores, with no database opened (issue 17). */
class MemoryStorageHttpTest {

    @Test
    void theServiceRunsOnTheInMemoryStoresWithoutADatabase() {
        try (var server = ApplicationContext.run(EmbeddedServer.class, Map.of("auth.secrets.key", ""), "test",
                Storage.MEMORY)) {
            var context = server.getApplicationContext();
            var api = new Api(server.getURL(), context.getBean(JsonMapper.class));
            var name = "mem" + UUID.randomUUID().toString().substring(0, 8);

            var access = api.registerAndLogin(name, "Corr3ct-Horse-Battery").accessToken();

            assertThat(api.get("/api/auth/me", "Authorization", bearer(access)).string("username")).isEqualTo(name);
            assertThat(context.findBean(DataSource.class)).isEmpty();
            assertThat(context.getBean(UserRepository.class)).isInstanceOf(InMemoryUserRepository.class);
            assertThat(api.get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void authStorageNamesTheEnvironmentOrStopsTheStart() {
        assertThat(Storage.environmentOf(null)).isEmpty();
        assertThat(Storage.environmentOf("jdbc")).isEmpty();
        assertThat(Storage.environmentOf(" Memory ")).isEqualTo(Optional.of("memory"));
        assertThatThrownBy(() -> Storage.environmentOf("redis")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AUTH_STORAGE");
    }
}
