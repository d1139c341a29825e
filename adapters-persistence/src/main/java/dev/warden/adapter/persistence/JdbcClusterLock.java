package dev.warden.adapter.persistence;

import dev.warden.application.housekeeping.port.out.ClusterLock;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The cluster lock of the database. On PostgreSQL, a session-level advisory lock ({@code pg_try_advisory_lock}) on a
 * connection of its own, held for the whole work, so that one instance of all those sharing the database runs it; if
 * the instance dies, its session ends and PostgreSQL lets the lock go. On H2, which only this process opens, a lock
 * of this process is all it takes. Either way threads of this process take a local lock first.
 */
@Singleton
public class JdbcClusterLock implements ClusterLock {
    private final DataSource dataSource;
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();
    private volatile Boolean postgres;

    public JdbcClusterLock(DataSource dataSource) {
        // the pool itself, not Micronaut's proxy of the connection of the current transaction: the lock's connection
        // is its own, outside every transaction, for as long as the work runs
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public <T> Optional<T> runExclusively(String name, Supplier<T> work) {
        var lock = local.computeIfAbsent(name, key -> new ReentrantLock());
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            if (!isPostgres()) {
                return Optional.of(work.get());
            }
            return runHoldingAdvisoryLock(key(name), work);
        } finally {
            lock.unlock();
        }
    }

    private <T> Optional<T> runHoldingAdvisoryLock(long key, Supplier<T> work) {
        try (var connection = dataSource.getConnection()) {
            if (!advisory(connection, "SELECT pg_try_advisory_lock(?)", key)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                advisory(connection, "SELECT pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new BackingServiceUnavailable(BackingServiceUnavailable.Service.DATABASE, e);
        }
    }

    private static boolean advisory(Connection connection, String sql, long key) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private boolean isPostgres() {
        var known = postgres;
        if (known == null) {
            try (var connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            } catch (SQLException e) {
                throw new BackingServiceUnavailable(BackingServiceUnavailable.Service.DATABASE, e);
            }
            postgres = known;
        }
        return known;
    }

    /** The advisory lock's 64-bit key: the first 8 bytes of the name's SHA-256, the same on every instance. */
    static long key(String name) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
