package dev.warden.adapter.persistence;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.MembershipLevel;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
@TranslatesDatabaseFailures
public class JdbcUserRepository implements UserRepository {
    private final UserRowRepository rows;

    JdbcUserRepository(UserRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findById(id.value()).map(JdbcUserRepository::toUser);
    }

    @Override
    public Optional<User> findByUsernameKey(String usernameKey) {
        return rows.findByUsernameKey(usernameKey).map(JdbcUserRepository::toUser);
    }

    @Override
    public Optional<User> findByEmailKey(String emailKey) {
        return rows.findByEmailKey(emailKey).map(JdbcUserRepository::toUser);
    }

    @Override
    public Optional<User> findByProviderIdentity(String provider, String subject) {
        return rows.findByOauthProviderAndOauthId(provider, subject).map(JdbcUserRepository::toUser);
    }

    @Override
    public void add(User user) {
        try {
            rows.save(toRow(user));
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    @Override
    public void update(User user) {
        try {
            rows.update(toRow(user));
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    @Override
    public void recordLogin(UserId id, Instant at) {
        rows.updateLastLogin(id.value(), at);
    }

    @Override
    public void replacePasswordHash(UserId id, String passwordHash) {
        rows.updatePasswordHash(id.value(), passwordHash);
    }

    @Override
    public void markEmailVerified(UserId id) {
        rows.markEmailVerified(id.value());
    }

    @Override
    public void rename(UserId id, String firstName, String lastName) {
        rows.rename(id.value(), firstName, lastName);
    }

    @Override
    public List<User> page(int offset, int limit, Optional<String> keyPrefix) {
        var rowsOfPage = keyPrefix.map(prefix -> rows.pageMatching(like(prefix), offset, limit))
                .orElseGet(() -> rows.pageAll(offset, limit));
        return rowsOfPage.stream().map(JdbcUserRepository::toUser).toList();
    }

    @Override
    public long count(Optional<String> keyPrefix) {
        return keyPrefix.map(prefix -> rows.countMatching(like(prefix))).orElseGet(rows::count);
    }

    @Override
    public void delete(UserId id) {
        rows.deleteById(id.value());
    }

    @Override
    @Transactional
    public boolean updateKeepingAnActiveSuperuser(User user) {
        if (removesLastActiveSuperuser(user.id(), user.activeSuperuser())) {
            return false;
        }
        update(user);
        return true;
    }

    @Override
    @Transactional
    public boolean deleteKeepingAnActiveSuperuser(UserId id) {
        if (removesLastActiveSuperuser(id, false)) {
            return false;
        }
        rows.deleteById(id.value());
        return true;
    }

    /**
     * Within the caller's transaction: locks the active superusers' rows until it ends, which waits for any other such
     * change to end first, then reads them again (a statement of its own, so it sees what that change committed).
     */
    private boolean removesLastActiveSuperuser(UserId id, boolean staysOne) {
        rows.lockActiveSuperusers();
        if (staysOne) {
            return false;
        }
        var current = rows.findActiveSuperusers();
        return current.size() == 1 && current.getFirst().id().equals(id.value());
    }

    /** A LIKE pattern matching keys that start with {@code prefix}, its own wildcards taken literally. */
    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static RuntimeException translate(DataAccessException e) {
        return UniqueViolation.of(e).<RuntimeException>map(message -> {
            if (message.contains("ux_users_username_key")) {
                return new AuthError.UsernameTaken().exception();
            }
            if (message.contains("ux_users_email_key")) {
                return new AuthError.EmailTaken().exception();
            }
            return e;
        }).orElse(e);
    }

    private static UserRow toRow(User user) {
        return new UserRow(user.id().value(), user.username().value(), user.username().key(), user.email().value(),
                user.email().key(), user.passwordHash().orElse(null), user.firstName(), user.lastName(),
                user.active(), user.staff(), user.superuser(), user.emailVerified(),
                user.membership().map(Enum::name).orElse(null), user.oauthProvider().orElse(null),
                user.oauthId().orElse(null), user.dateJoined(), user.lastLogin().orElse(null));
    }

    private static User toUser(UserRow row) {
        return new User(new UserId(row.id()), new Username(row.username(), row.usernameKey()),
                new Email(row.email(), row.emailKey()), Optional.ofNullable(row.passwordHash()),
                row.firstName(), row.lastName(), row.active(), row.staff(), row.superuser(), row.emailVerified(),
                Optional.ofNullable(row.membershipLevel()).map(MembershipLevel::valueOf),
                Optional.ofNullable(row.oauthProvider()), Optional.ofNullable(row.oauthId()),
                row.dateJoined(), Optional.ofNullable(row.lastLogin()));
    }
}
