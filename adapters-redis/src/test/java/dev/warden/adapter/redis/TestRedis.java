package dev.warden.adapter.redis;

import dev.warden.application.shared.port.out.TcpRelay;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's Redis (127.0.0.1:6379, or WARDEN_TEST_REDIS_URI) with a key prefix of the test's own.
 * Without a server the test is skipped with a loud message, except under CI=true, where it fails.
 */
final class TestRedis implements AutoCloseable {
    static final String URI = System.getenv().getOrDefault("WARDEN_TEST_REDIS_URI", "redis://127.0.0.1:6379");

    final RedisClient client;
    final RedisConnector connector;
    final String prefix = "warden-test:" + UUID.randomUUID() + ":";

    private TestRedis(RedisClient client) {
        this.client = client;
        this.connector = new RedisConnector(client);
    }

    static TestRedis connect() {
        var client = RedisClient.create(URI);
        try (var probe = client.connect()) {
            probe.sync().ping();
        } catch (RedisException e) {
            client.shutdown();
            var message = "Redis is not reachable at " + URI + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": CI=true requires it", e);
            }
            System.err.println("""
                    ************************************************************
                    SKIPPING Redis tests: %s
                    Start it, e.g.: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" (as .ci/run does)
                    ************************************************************""".formatted(message));
            Assumptions.abort(message);
        }
        return new TestRedis(client);
    }

    /**
     * A client of the same Redis through a relay the test can cut, configured as the service's: how an instance
     * sees Redis when it alone loses it (its connection not yet back, a partition) while others still reach it.
     */
    Relayed relayed() throws IOException {
        var direct = RedisURI.create(URI);
        var relay = new TcpRelay(direct.getPort());
        var through = RedisURI.create(URI);
        through.setHost("127.0.0.1");
        through.setPort(relay.port());
        var resources = ClientResources.builder().reconnectDelay(LettuceReconnectDelay.delay()).build();
        var relayedClient = RedisClient.create(resources, through);
        relayedClient.setOptions(LettuceClientOptions.options());
        return new Relayed(relay, resources, relayedClient, new RedisConnector(relayedClient));
    }

    record Relayed(TcpRelay relay, ClientResources resources, RedisClient client, RedisConnector connector)
            implements AutoCloseable {
        @Override
        public void close() throws IOException {
            connector.close();
            client.shutdown();
            resources.shutdown();
            relay.close();
        }
    }

    /** Deletes every key of this test's prefix. */
    void flushOwnKeys() {
        connector.call(commands -> {
            var keys = commands.keys(prefix + "*");
            if (!keys.isEmpty()) {
                commands.del(keys.toArray(String[]::new));
            }
            return null;
        });
    }

    @Override
    public void close() {
        flushOwnKeys();
        connector.close();
        client.shutdown();
    }
}
