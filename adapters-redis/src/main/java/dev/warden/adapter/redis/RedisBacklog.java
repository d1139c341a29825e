package dev.warden.adapter.redis;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes this process could not make because it cannot reach Redis (others may): kept, oldest first and at most
 * {@code limit} of them (beyond, the oldest is dropped with a warning), and made again on a virtual thread of their
 * own every {@link #RETRY_EVERY} until Redis takes each, so that Redis and the other instances catch up as soon as
 * this process reaches Redis again. What is kept lives as long as the process.
 */
final class RedisBacklog<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisBacklog.class);
    static final Duration RETRY_EVERY = Duration.ofMillis(250);

    private final String name;
    private final RedisConnector redis;
    private final BiConsumer<RedisCommands<String, String>, T> write;
    private final int limit;
    /** Guarded by itself, as is {@link #running}. */
    private final Deque<T> waiting = new ArrayDeque<>();
    private boolean running;
    private volatile boolean closed;

    RedisBacklog(String name, RedisConnector redis, int limit, BiConsumer<RedisCommands<String, String>, T> write) {
        this.name = name;
        this.redis = redis;
        this.limit = limit;
        this.write = write;
    }

    void add(T item) {
        synchronized (waiting) {
            waiting.addLast(item);
            if (waiting.size() > limit) {
                LOG.warn("More than {} {} wait for Redis: the oldest is dropped ({})", limit, name,
                        waiting.removeFirst());
            }
            if (running || closed) {
                return;
            }
            running = true;
        }
        Thread.ofVirtual().name(name + "-backlog").start(this::drain);
    }

    /** Makes what waits, oldest first, until nothing does (or this is closed). */
    private void drain() {
        while (true) {
            T next;
            synchronized (waiting) {
                next = waiting.peekFirst();
                if (next == null || closed) {
                    running = false;
                    return;
                }
            }
            try {
                redis.call(commands -> {
                    write.accept(commands, next);
                    return null;
                });
                synchronized (waiting) {
                    if (waiting.peekFirst() == next) { // else dropped meanwhile, over the limit
                        waiting.removeFirst();
                    }
                }
            } catch (BackingServiceUnavailable e) {
                try {
                    Thread.sleep(RETRY_EVERY);
                } catch (InterruptedException interrupted) {
                    synchronized (waiting) {
                        running = false;
                    }
                    return;
                }
            }
        }
    }

    /** How many writes wait. */
    int size() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
