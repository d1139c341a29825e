package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.inprocess.LocalCachedRevokedAccessTokens;
import dev.warden.adapter.inprocess.LocalCachedUserRepository;
import dev.warden.adapter.persistence.JdbcUserRepository;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revocations and accounts are kept in memory only where no other process can change them unnoticed. */
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

    /** A database other processes may open (here an H2 that lets them in) with Redis or without. */
    private static Map<String, Object> shared(Path directory, Map<String, Object> more) {
        var properties = new HashMap<String, Object>(more);
        properties.put("datasources.default.url", "jdbc:h2:file:" + directory.resolve("warden")
                + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return properties;
    }

    @Test
    void aSharedDatabaseHasAccountsCachedOnlyWithRedisToAnnounceChangesAndATimeToKeepThem(@TempDir Path directory) {
        // Redis is not asked at start: the subscription is made in the background, and retried while it fails.
        var redis = Map.<String, Object>of("redis.uri", "redis://127.0.0.1:6379");
        try (var context = ApplicationContext.run(shared(directory.resolve("a"), redis), "test")) {
            assertThat(context.getBean(UserRepository.class)).isInstanceOf(LocalCachedUserRepository.class);
        }
        var withoutCache = new HashMap<String, Object>(redis);
        withoutCache.put("auth.session.local-cache-ttl", "0s");
        try (var context = ApplicationContext.run(shared(directory.resolve("b"), withoutCache), "test")) {
            assertThat(context.getBean(UserRepository.class)).isInstanceOf(JdbcUserRepository.class);
        }
        try (var context = ApplicationContext.run(shared(directory.resolve("c"), Map.of()), "test")) {
            assertThat(context.getBean(UserRepository.class)).isInstanceOf(JdbcUserRepository.class);
        }
    }
}
