package dev.warden.adapter.memory;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Users in process memory. Writes are serialized so that the uniqueness checks and the insert are one step. */
public final class InMemoryUserRepository implements UserRepository {
    private final Map<UserId, User> byId = new ConcurrentHashMap<>();
    private final Map<String, UserId> byUsernameKey = new ConcurrentHashMap<>();
    private final Map<String, UserId> byEmailKey = new ConcurrentHashMap<>();

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<User> findByUsernameKey(String usernameKey) {
        return Optional.ofNullable(byUsernameKey.get(usernameKey)).map(byId::get);
    }

    @Override
    public Optional<User> findByEmailKey(String emailKey) {
        return Optional.ofNullable(byEmailKey.get(emailKey)).map(byId::get);
    }

    @Override
    public Optional<User> findByProviderIdentity(String provider, String subject) {
        return byId.values().stream()
                .filter(user -> user.oauthProvider().filter(provider::equals).isPresent()
                        && user.oauthId().filter(subject::equals).isPresent())
                .findFirst();
    }

    @Override
    public synchronized void add(User user) {
        if (byUsernameKey.containsKey(user.username().key())) {
            throw new AuthError.UsernameTaken().exception();
        }
        if (byEmailKey.containsKey(user.email().key())) {
            throw new AuthError.EmailTaken().exception();
        }
        byId.put(user.id(), user);
        byUsernameKey.put(user.username().key(), user.id());
        byEmailKey.put(user.email().key(), user.id());
    }

    @Override
    public void recordLogin(UserId id, Instant at) {
        byId.computeIfPresent(id, (key, user) -> user.loggedInAt(at));
    }

    @Override
    public void replacePasswordHash(UserId id, String passwordHash) {
        byId.computeIfPresent(id, (key, user) -> user.withPasswordHash(passwordHash));
    }

    @Override
    public void markEmailVerified(UserId id) {
        byId.computeIfPresent(id, (key, user) -> new User(user.id(), user.username(), user.email(),
                user.passwordHash(), user.firstName(), user.lastName(), user.active(), user.staff(), user.superuser(),
                true, user.membership(), user.oauthProvider(), user.oauthId(), user.dateJoined(), user.lastLogin()));
    }

    @Override
    public void rename(UserId id, String firstName, String lastName) {
        byId.computeIfPresent(id, (key, user) -> new User(user.id(), user.username(), user.email(),
                user.passwordHash(), firstName, lastName, user.active(), user.staff(), user.superuser(),
                user.emailVerified(), user.membership(), user.oauthProvider(), user.oauthId(), user.dateJoined(),
                user.lastLogin()));
    }

    @Override
    public List<User> page(int offset, int limit, Optional<String> keyPrefix) {
        return matching(keyPrefix).skip(offset).limit(limit).toList();
    }

    @Override
    public long count(Optional<String> keyPrefix) {
        return matching(keyPrefix).count();
    }

    private Stream<User> matching(Optional<String> keyPrefix) {
        return byId.values().stream()
                .filter(user -> keyPrefix.map(prefix -> user.username().key().startsWith(prefix)
                        || user.email().key().startsWith(prefix)).orElse(true))
                .sorted(Comparator.comparing((User user) -> user.username().key()));
    }

    @Override
    public synchronized void delete(UserId id) {
        var user = byId.remove(id);
        if (user != null) {
            byUsernameKey.remove(user.username().key());
            byEmailKey.remove(user.email().key());
        }
    }

    @Override
    public synchronized boolean updateKeepingAnActiveSuperuser(User user) {
        if (removesLastActiveSuperuser(user.id(), user.activeSuperuser())) {
            return false;
        }
        update(user);
        return true;
    }

    @Override
    public synchronized boolean deleteKeepingAnActiveSuperuser(UserId id) {
        if (removesLastActiveSuperuser(id, false)) {
            return false;
        }
        delete(id);
        return true;
    }

    /** Called under the lock of every write that can change who is an active superuser. */
    private boolean removesLastActiveSuperuser(UserId id, boolean staysOne) {
        var stored = byId.get(id);
        return !staysOne && stored != null && stored.activeSuperuser()
                && byId.values().stream().noneMatch(other -> other.activeSuperuser() && !other.id().equals(id));
    }

    @Override
    public synchronized void update(User user) {
        var previous = byId.get(user.id());
        if (previous == null) {
            throw new IllegalStateException("no user " + user.id());
        }
        var usernameOwner = byUsernameKey.get(user.username().key());
        var emailOwner = byEmailKey.get(user.email().key());
        if (usernameOwner != null && !usernameOwner.equals(user.id())) {
            throw new AuthError.UsernameTaken().exception();
        }
        if (emailOwner != null && !emailOwner.equals(user.id())) {
            throw new AuthError.EmailTaken().exception();
        }
        byUsernameKey.remove(previous.username().key());
        byEmailKey.remove(previous.email().key());
        byId.put(user.id(), user);
        byUsernameKey.put(user.username().key(), user.id());
        byEmailKey.put(user.email().key(), user.id());
    }
}
