package dev.warden.application.port.in;

import dev.warden.domain.user.MembershipLevel;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.util.Optional;

/** What staff and administrators do to accounts. Guards are applied before; these apply the account rules. */
public interface AdministerUsersUseCase {

    /** Users ordered by username, {@code search} matching the start of a username or an email address. */
    UserPage list(int page, int size, Optional<String> search);

    /** UserNotFound when there is none. */
    User get(UserId id);

    /** Deactivation also ends every refresh token family, session and legacy token of the account at once. */
    User setActive(Actor actor, UserId id, boolean active);

    /** A superuser cannot take their own superuser flag away. */
    User setRoles(Actor actor, UserId id, Optional<Boolean> staff, Optional<Boolean> superuser);

    User setMembership(Actor actor, UserId id, Optional<MembershipLevel> level);

    /** Deletes the account and everything it holds; nobody deletes themselves. */
    void delete(Actor actor, UserId id);

    /** Every change above, newest first. */
    AuditPage audit(int page, int size);
}
