package dev.warden.adapter.redis;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.ChangeNotices;
import dev.warden.domain.user.UserId;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices of changes over a Redis Pub/Sub channel, {@code <prefix>changes}: {@code account <id>} for a changed
 * account, {@code revoked <expiry in epoch milliseconds> <token id>} for a revoked access token, {@code key <key id>}
 * for a new token signing key. The subscription
 * is made on a connection of its own, off the start-up path, and again every few seconds until Redis answers; from
 * then on Lettuce reconnects and subscribes again by itself. Listeners hear {@code interrupted} when that
 * connection drops and {@code connected} when Redis has confirmed the subscription (perhaps twice for one that
 * starts listening just then). A notice that cannot be published (this process cannot reach Redis) is published
 * again as soon as it can ({@link RedisBacklog}, at most {@value #UNSENT_LIMIT} waiting).
 */
public final class RedisChangeNotices implements ChangeNotices, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisChangeNotices.class);
    private static final String ACCOUNT = "account ";
    private static final String REVOKED = "revoked ";
    private static final String KEY = "key ";
    static final Duration FIRST_SUBSCRIPTION_RETRY = Duration.ofSeconds(5);
    static final int UNSENT_LIMIT = 10_000;

    private final RedisClient client;
    private final RedisConnector redis;
    private final String channel;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Thread subscriber;
    private volatile StatefulRedisPubSubConnection<String, String> connection;
    private volatile boolean subscribed;
    private volatile boolean closed;
    private volatile long clientId = -1;
    private final RedisBacklog<String> unsent;

    public RedisChangeNotices(RedisClient client, RedisConnector redis, String keyPrefix) {
        this.client = client;
        this.redis = redis;
        this.channel = keyPrefix + "changes";
        this.unsent = new RedisBacklog<>("change-notices", redis, UNSENT_LIMIT,
                (commands, message) -> commands.publish(channel, message));
        this.subscriber = Thread.ofVirtual().name("change-notices-subscriber").start(this::subscribe);
    }

    @Override
    public boolean announce(Notice notice) {
        var message = switch (notice) {
            case AccountChanged(var id) -> ACCOUNT + id;
            case TokenRevoked(var tokenId, var expiresAt) -> REVOKED + expiresAt.toEpochMilli() + " " + tokenId;
            case SigningKeyRotated(var keyId) -> KEY + keyId;
        };
        try {
            redis.call(commands -> commands.publish(channel, message));
            return true;
        } catch (BackingServiceUnavailable e) {
            LOG.warn("Redis unavailable: other instances were not told of {}; it is sent again when Redis answers "
                    + "(until then they may rely on what they keep in memory, at most AUTH_LOCAL_CACHE_TTL)", notice);
            unsent.add(message);
            return false;
        }
    }

    /** How many notices wait to be published again (for tests). */
    int unsent() {
        return unsent.size();
    }

    /** The notice a message carries, or empty for a message that is not one. */
    static Optional<Notice> parse(String message) {
        try {
            if (message.startsWith(ACCOUNT)) {
                return Optional.of(new AccountChanged(UserId.parse(message.substring(ACCOUNT.length()))));
            }
            if (message.startsWith(KEY) && message.length() > KEY.length()) {
                return Optional.of(new SigningKeyRotated(message.substring(KEY.length())));
            }
            if (message.startsWith(REVOKED)) {
                var parts = message.substring(REVOKED.length()).split(" ", 2);
                if (parts.length == 2 && !parts[1].isEmpty()) {
                    return Optional.of(new TokenRevoked(parts[1], Instant.ofEpochMilli(Long.parseLong(parts[0]))));
                }
            }
        } catch (IllegalArgumentException e) {
            // not one of ours (NumberFormatException is one too)
        }
        return Optional.empty();
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
        // after adding: a subscription confirmed in between is told to it here or by the confirmation itself
        if (subscribed) {
            listener.connected();
        }
    }

    private void subscribe() {
        boolean warned = false;
        while (!closed) {
            StatefulRedisPubSubConnection<String, String> opened = null;
            try {
                opened = client.connectPubSub();
                opened.addListener(new Notices());
                opened.addListener(new ConnectionState());
                connection = opened;
                clientId = opened.sync().clientId();
                opened.sync().subscribe(channel);
                if (closed) {
                    opened.close();
                }
                return;
            } catch (RedisException e) {
                if (opened != null) {
                    opened.close();
                }
                if (!warned) {
                    LOG.warn("Redis unavailable: accounts and revocations are read from their stores on every request "
                            + "until the subscription to {} is made (retried every {} s)", channel,
                            FIRST_SUBSCRIPTION_RETRY.toSeconds());
                    warned = true;
                }
            }
            try {
                Thread.sleep(FIRST_SUBSCRIPTION_RETRY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Whether notices are delivered now (the subscription is confirmed and its connection up). */
    boolean subscribed() {
        return subscribed;
    }

    /** Redis's id of the subscribing connection as first made (for tests that cut it), or -1 before. */
    long firstClientId() {
        return clientId;
    }

    @Override
    public void close() {
        closed = true;
        unsent.close();
        subscriber.interrupt();
        var open = connection;
        if (open != null) {
            open.close();
        }
    }

    private final class Notices extends RedisPubSubAdapter<String, String> {
        @Override
        public void subscribed(String subscribedChannel, long count) {
            if (channel.equals(subscribedChannel)) {
                subscribed = true;
                listeners.forEach(Listener::connected);
            }
        }

        @Override
        public void message(String fromChannel, String message) {
            if (!channel.equals(fromChannel)) {
                return;
            }
            var notice = parse(message);
            if (notice.isEmpty()) {
                LOG.warn("Ignoring a message on {} that is not a notice: {}", channel, message);
                return;
            }
            listeners.forEach(listener -> listener.heard(notice.get()));
        }
    }

    private final class ConnectionState implements RedisConnectionStateListener {
        @Override
        public void onRedisDisconnected(RedisChannelHandler<?, ?> disconnected) {
            subscribed = false;
            listeners.forEach(Listener::interrupted);
        }
    }
}
