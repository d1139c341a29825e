package dev.warden.application.account.port.out;

import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Where users live. Usernames and emails are unique by their normalized keys. */
public interface UserRepository {

    Optional<User> findById(UserId id);

    Optional<User> findByUsernameKey(String usernameKey);

    Optional<User> findByEmailKey(String emailKey);

    /** The account linked to this identity at this provider. */
    Optional<User> findByProviderIdentity(String provider, String subject);

    /**
     * Stores a new user. When the username key or the email key is already taken, even by a concurrent
     * insert, throws {@code AuthException} with {@code UsernameTaken} or {@code EmailTaken} and stores nothing.
     */
    void add(User user);

    /** Replaces the stored state of an existing user. */
    void update(User user);

    /** Sets the last login time only, so that a login never overwrites a concurrent change of the account. */
    void recordLogin(UserId id, Instant at);

    /** Sets the password hash only (a rehash with new parameters, or a new password). */
    void replacePasswordHash(UserId id, String passwordHash);

    /** Sets email_verified only. */
    void markEmailVerified(UserId id);

    /** Sets the first and last name only, so that a change of name never overwrites a concurrent change of the rest. */
    void rename(UserId id, String firstName, String lastName);

    /** Users ordered by username key; {@code keyPrefix} (a normalized key) matches usernames and emails. */
    java.util.List<User> page(int offset, int limit, Optional<String> keyPrefix);

    long count(Optional<String> keyPrefix);

    /** Deletes the account; its tokens and sessions go with it where the store keeps them with the user. */
    void delete(UserId id);

    /**
     * As {@link #update}, unless the change would leave no active superuser: when the stored account is an active
     * superuser, {@code user} is not, and no other stored account is one, nothing is written and the answer is false.
     * The check and the write are one step with regard to every other call of this method and of
     * {@link #deleteKeepingAnActiveSuperuser}, also from other instances on the same store: of concurrent changes that
     * would together remove every active superuser, at least one is refused.
     */
    boolean updateKeepingAnActiveSuperuser(User user);

    /** As {@link #delete}, unless the account is the last active superuser (then false); one step as above. */
    boolean deleteKeepingAnActiveSuperuser(UserId id);
}
