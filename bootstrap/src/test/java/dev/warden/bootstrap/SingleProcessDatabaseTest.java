package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.memory.LocalCachedRevokedAccessTokens;
import dev.warden.adapter.memory.LocalCachedUserRepository;
import dev.warden.application.port.out.RevokedAccessTokens;
import dev.warden.application.port.out.UserRepository;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

/** Revocations are kept in memory only where no other process can write to the database. */
class SingleProcessDatabaseTest {

    @Test
    void onlyAnEmbeddedH2ThatNoOtherProcessCanOpenCounts() {
        assertThat(SingleProcessDatabase.isEmbedded("jdbc:h2:file:./data/warden;MODE=PostgreSQL")).isTrue();
        assertThat(SingleProcessDatabase.isEmbedded("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isTrue();
        assertThat(SingleProcessDatabase.isEmbedded("jdbc:h2:file:./data/warden;AUTO_SERVER=TRUE")).isFalse();
        assertThat(SingleProcessDatabase.isEmbedded("jdbc:h2:tcp://db:9092/warden")).isFalse();
        assertThat(SingleProcessDatabase.isEmbedded("jdbc:postgresql://127.0.0.1:5432/warden")).isFalse();
    }

    @Test
    void theEmbeddedDefaultKeepsRevocationsAndAccountsInMemory() {
        try (var context = ApplicationContext.run("test")) {
            assertThat(context.getBean(RevokedAccessTokens.class)).isInstanceOf(LocalCachedRevokedAccessTokens.class);
            assertThat(context.getBean(UserRepository.class)).isInstanceOf(LocalCachedUserRepository.class);
        }
    }
}
