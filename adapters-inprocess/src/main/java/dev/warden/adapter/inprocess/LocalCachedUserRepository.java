package dev.warden.adapter.inprocess;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.shared.port.out.ChangeNotices.AccountChanged;
import dev.warden.application.shared.port.out.ChangeNotices;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts of a durable store, also held in process memory by id, so that a request that only needs its
 * caller's account (every {@code /me}, every guard) asks no database. Each write here commits on its own, so what
 * a write stored is never rolled back after a read has seen it. Two ways of keeping it true:
 * <ul>
 *   <li><b>Sole writer</b> (an embedded database that no other instance can open): an account stays cached until
 *       this process changes it.</li>
 *   <li><b>One of several instances</b> ({@link ChangeNotices}: every write is announced to every instance, which
 *       drops the account): accounts are cached only while notices arrive (everything is dropped when the channel
 *       is interrupted and again when it is back, since notices may have been missed), and each for at most
 *       {@code ttl}, which bounds what a lost notice (a write whose announcement failed) can cost.</li>
 * </ul>
 * Every write goes to the durable store first and then drops the cached account. A read that raced a write must
 * not put back what it read before the write: every write bumps one version, and a read caches what it loaded only
 * if no write happened while it read (checked and stored under the same lock as the writes' bump). Reads that hit
 * the cache take no lock.
 */
public final class LocalCachedUserRepository implements UserRepository {
    private static final int MAX_CACHED = 100_000;

    private final UserRepository durable;
    private final Map<UserId, Entry> cached = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    /** Absent for the sole writer. */
    private final Optional<Shared> shared;
    private long version;
    /** Whether notices of changes arrive (always for the sole writer); guarded by {@link #lock}. */
    private boolean listening;

    private record Entry(User user, Instant expiresAt) {}

    private record Shared(ChangeNotices notices, Clock clock, Duration ttl) {}

    /** For the one process that writes these accounts: they stay cached until it changes them. */
    public LocalCachedUserRepository(UserRepository durable) {
        this.durable = durable;
        this.shared = Optional.empty();
        this.listening = true;
    }

    /**
     * For one of several instances writing the same accounts: writes are announced through {@code notices}, and
     * what another instance announces is dropped; an account stays cached for at most {@code ttl}.
     */
    public LocalCachedUserRepository(UserRepository durable, ChangeNotices notices, Clock clock, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the time an account may stay cached must be positive: " + ttl);
        }
        this.durable = durable;
        this.shared = Optional.of(new Shared(notices, clock, ttl));
        this.listening = false;
        notices.listen(new ChangeNotices.Listener() {
            @Override
            public void heard(ChangeNotices.Notice notice) {
                if (notice instanceof AccountChanged(var id)) {
                    forget(id);
                }
            }

            @Override
            public void connected() {
                forgetAll(true);
            }

            @Override
            public void interrupted() {
                forgetAll(false);
            }
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        var hit = cached.get(id);
        if (hit != null && fresh(hit)) {
            return Optional.of(hit.user());
        }
        long seen;
        synchronized (lock) {
            seen = version;
        }
        var expiresAt = expiry(); // counted from before the read, so that no copy outlives its time
        var loaded = durable.findById(id);
        loaded.ifPresent(user -> {
            var entry = new Entry(user, expiresAt);
            synchronized (lock) {
                if (version == seen && listening) {
                    if (cached.size() >= MAX_CACHED) {
                        cached.clear();
                    }
                    cached.put(id, entry);
                }
            }
        });
        return loaded;
    }

    private boolean fresh(Entry entry) {
        return shared.isEmpty() || shared.get().clock().now().isBefore(entry.expiresAt());
    }

    private Instant expiry() {
        return shared.map(s -> s.clock().now().plus(s.ttl())).orElse(Instant.MAX);
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
            changed(user.id());
        }
    }

    @Override
    public void update(User user) {
        try {
            durable.update(user);
        } finally {
            changed(user.id());
        }
    }

    @Override
    public void recordLogin(UserId id, Instant at) {
        try {
            durable.recordLogin(id, at);
        } finally {
            changed(id);
        }
    }

    @Override
    public void replacePasswordHash(UserId id, String passwordHash) {
        try {
            durable.replacePasswordHash(id, passwordHash);
        } finally {
            changed(id);
        }
    }

    @Override
    public void markEmailVerified(UserId id) {
        try {
            durable.markEmailVerified(id);
        } finally {
            changed(id);
        }
    }

    @Override
    public void rename(UserId id, String firstName, String lastName) {
        try {
            durable.rename(id, firstName, lastName);
        } finally {
            changed(id);
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
            changed(id);
        }
    }

    @Override
    public boolean updateKeepingAnActiveSuperuser(User user) {
        try {
            return durable.updateKeepingAnActiveSuperuser(user);
        } finally {
            changed(user.id());
        }
    }

    @Override
    public boolean deleteKeepingAnActiveSuperuser(UserId id) {
        try {
            return durable.deleteKeepingAnActiveSuperuser(id);
        } finally {
            changed(id);
        }
    }

    /**
     * After a write (even a failed one, which may have half happened): the next read here goes to the durable store,
     * and so does the next one of every other instance that hears of it.
     */
    private void changed(UserId id) {
        forget(id);
        shared.ifPresent(s -> s.notices().announce(new AccountChanged(id)));
    }

    private void forget(UserId id) {
        synchronized (lock) {
            version++;
            cached.remove(id);
        }
    }

    private void forgetAll(boolean listeningFromNow) {
        synchronized (lock) {
            version++;
            cached.clear();
            listening = listeningFromNow;
        }
    }
}
