package dev.warden.adapter.redis;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One shared Lettuce connection, opened on first use rather than at start, so that the service starts
 * and serves bearer requests while Redis is down. Once open, Lettuce reconnects by itself. Every Redis
 * failure leaves as {@link BackingServiceUnavailable}.
 */
public final class RedisConnector {
    private final RedisClient client;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile StatefulRedisConnection<String, byte[]> binaryConnection;

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

    /**
     * Runs {@code work} against a connection with string keys and binary values (opened on first use), for
     * libraries that keep their own serialized state, translating Redis failures however deeply wrapped.
     */
    public <T> T callBinary(Function<StatefulRedisConnection<String, byte[]>, T> work) {
        return translating(() -> work.apply(binaryConnection()));
    }

    private static <T> T translating(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RedisException) {
                    throw new BackingServiceUnavailable(BackingServiceUnavailable.Service.SESSION_STORE, e);
                }
            }
            throw e;
        }
    }

    private StatefulRedisConnection<String, byte[]> binaryConnection() {
        var open = binaryConnection;
        if (open == null) {
            synchronized (this) {
                open = binaryConnection;
                if (open == null) {
                    open = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                    binaryConnection = open;
                }
            }
        }
        return open;
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
        var binary = binaryConnection;
        if (binary != null) {
            binary.close();
        }
    }
}
