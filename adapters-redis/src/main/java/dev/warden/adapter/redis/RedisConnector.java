package dev.warden.adapter.redis;

import dev.warden.application.port.out.BackingServiceUnavailable;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.function.Function;

/**
 * One shared Lettuce connection, opened on first use rather than at start, so that the service starts
 * and serves bearer requests while Redis is down. Once open, Lettuce reconnects by itself. Every Redis
 * failure leaves as {@link BackingServiceUnavailable}.
 */
public final class RedisConnector {
    private final RedisClient client;
    private volatile StatefulRedisConnection<String, String> connection;

    public RedisConnector(RedisClient client) {
        this.client = client;
    }

    public <T> T call(Function<RedisCommands<String, String>, T> command) {
        try {
            return command.apply(connection().sync());
        } catch (RedisException e) {
            throw new BackingServiceUnavailable(BackingServiceUnavailable.Service.SESSION_STORE, e);
        }
    }

    private StatefulRedisConnection<String, String> connection() {
        var open = connection;
        if (open == null) {
            synchronized (this) {
                open = connection;
                if (open == null) {
                    open = client.connect();
                    connection = open;
                }
            }
        }
        return open;
    }

    public void close() {
        var open = connection;
        if (open != null) {
            open.close();
        }
    }
}
