package dev.warden.application.housekeeping.port.out;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A lock that at most one instance of a cluster holds: on a shared database, held by the database (a PostgreSQL
 * session-level advisory lock); where only one process stores anything, a lock of that process.
 */
public interface ClusterLock {

    /**
     * Runs {@code work} while holding the lock {@code name}, if it is free: empty, without running it, when another
     * instance (or another thread) holds it. The lock is let go when the work ends, however it ends.
     */
    <T> Optional<T> runExclusively(String name, Supplier<T> work);
}
