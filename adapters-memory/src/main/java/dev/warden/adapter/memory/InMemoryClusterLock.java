package dev.warden.adapter.memory;

import dev.warden.application.housekeeping.port.out.ClusterLock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** The cluster lock where this process is the whole cluster (its stores in its memory): a lock of the process. */
public final class InMemoryClusterLock implements ClusterLock {
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public <T> Optional<T> runExclusively(String name, Supplier<T> work) {
        var lock = locks.computeIfAbsent(name, key -> new ReentrantLock());
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            lock.unlock();
        }
    }
}
