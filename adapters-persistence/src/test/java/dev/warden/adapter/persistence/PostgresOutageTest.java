package dev.warden.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.application.account.port.out.TestUsers;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.TcpRelay;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away behind a relay of the test's own and comes back: the adapters report the outage as
 * BackingServiceUnavailable (the web's 503) within the pool's connection timeout, then work again by
 * themselves, and nothing committed before the outage is lost.
 */
class PostgresOutageTest {
    private TestPostgres database;
    private TcpRelay relay;
    private ApplicationContext context;

    @BeforeEach
    void start() throws Exception {
        database = TestPostgres.createDatabase();
        relay = new TcpRelay(5432);
        var url = database.url().replace(":5432/", ":" + relay.port() + "/");
        context = ApplicationContext.run(Map.of(
                "datasources.default.url", url,
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                "datasources.default.connection-timeout", 1000,
                "flyway.datasources.default.enabled", true));
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        if (relay != null) {
            relay.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void anOutageIsReportedAsUnavailableAndTheAdaptersRecoverWithTheirData() throws Exception {
        var users = context.getBean(UserRepository.class);
        var name = TestUsers.unique("durable");
        var user = TestUsers.user(name, name + "@example.com");
        users.add(user);

        relay.cut();

        var started = Instant.now();
        assertThatThrownBy(() -> users.findById(user.id()))
                .isInstanceOfSatisfying(BackingServiceUnavailable.class,
                        e -> assertThat(e.service()).isEqualTo(BackingServiceUnavailable.Service.DATABASE));
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThatThrownBy(() -> context.getBean(LegacyTokenStore.class).findLive("0".repeat(64), Instant.now()))
                .isInstanceOf(BackingServiceUnavailable.class);
        // a transactional method: the transaction cannot even begin, and that too is a 503, not a 500
        assertThatThrownBy(() -> context.getBean(TotpStore.class).enable(user.id(), new byte[] {1}, Instant.now(), 1,
                java.util.Set.of("a".repeat(64)))).isInstanceOf(BackingServiceUnavailable.class);
        assertThatThrownBy(() -> context.getBean(TotpStore.class).delete(user.id()))
                .isInstanceOf(BackingServiceUnavailable.class);

        relay.restore();

        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try {
                assertThat(users.findById(user.id())).contains(user);
                break;
            } catch (BackingServiceUnavailable e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(200); // the pool replaces its dead connections in the background
            }
        }
    }
}
