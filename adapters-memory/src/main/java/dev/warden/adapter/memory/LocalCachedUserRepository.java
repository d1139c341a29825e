package dev.warden.adapter.memory;

import dev.warden.application.port.out.UserRepository;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts of a durable store, also held in process memory by id, so that a request that only needs its
 * caller's account (every {@code /me}, every guard) asks no database. Correct only where this process is the one
 * writer of accounts: an embedded database that no other instance can open, and no transactions that could roll back
 * a write already seen (each write here commits on its own).
 *
 * <p>Every write goes to the durable store first and then drops the cached account. A read that raced a write must
 * not put back what it read before the write: every write bumps one version, and a read caches what it loaded only
 * if no write happened while it read (checked and stored under the same lock as the writes' bump). Reads that hit
 * the cache take no lock.
 */
public final class LocalCachedUserRepository implements UserRepository {
    private static final int MAX_CACHED = 100_000;

    private final UserRepository durable;
    private final Map<UserId, User> cached = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long version;

    public LocalCachedUserRepository(UserRepository durable) {
        this.durable = durable;
    }

    @Override
    public Optional<User> findById(UserId id) {
        var hit = cached.get(id);
        if (hit != null) {
            return Optional.of(hit);
        }
        long seen;
        synchronized (lock) {
            seen = version;
        }
        var loaded = durable.findById(id);
        loaded.ifPresent(user -> {
            synchronized (lock) {
                if (version == seen) {
                    if (cached.size() >= MAX_CACHED) {
                        cached.clear();
                    }
                    cached.put(id, user);
                }
            }
        });
        return loaded;
    }

    @Override
    public Optional<User> findByUsernameKey(String usernameKey) {
        return durable.findByUsernameKey(usernameKey);
    }

    @Override
    public Optional<User> findByEmailKey(String emailKey) {
        return durable.findByEmailKey(emailKey);
    }

    @Override
    public Optional<User> findByProviderIdentity(String provider, String subject) {
        return durable.findByProviderIdentity(provider, subject);
    }

    @Override
    public void add(User user) {
        try {
            durable.add(user);
        } finally {
            forget(user.id());
        }
    }

    @Override
    public void update(User user) {
        try {
            durable.update(user);
        } finally {
            forget(user.id());
        }
    }

    @Override
    public void recordLogin(UserId id, Instant at) {
        try {
            durable.recordLogin(id, at);
        } finally {
            forget(id);
        }
    }

    @Override
    public void replacePasswordHash(UserId id, String passwordHash) {
        try {
            durable.replacePasswordHash(id, passwordHash);
        } finally {
            forget(id);
        }
    }

    @Override
    public void markEmailVerified(UserId id) {
        try {
            durable.markEmailVerified(id);
        } finally {
            forget(id);
        }
    }

    @Override
    public List<User> page(int offset, int limit, Optional<String> keyPrefix) {
        return durable.page(offset, limit, keyPrefix);
    }

    @Override
    public long count(Optional<String> keyPrefix) {
        return durable.count(keyPrefix);
    }

    @Override
    public void delete(UserId id) {
        try {
            durable.delete(id);
        } finally {
            forget(id);
        }
    }

    /** After a write (even a failed one, which may have half happened): the next read goes to the durable store. */
    private void forget(UserId id) {
        synchronized (lock) {
            version++;
            cached.remove(id);
        }
    }
}
