package dev.warden.application.admin.port.in;

import dev.warden.domain.user.MembershipLevel;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.util.Optional;

/**
 * What staff and administrators do to accounts. Guards are applied before; these apply the account rules of
 * {@link User} (ranks: staff change ordinary users only, superusers anyone; nobody deactivates, demotes or deletes
 * themselves), and no change removes the last active superuser (LastActiveSuperuser). The actor's rank is read from
 * the store at each call.
 */
public interface AdministerUsersUseCase {

    /** Users ordered by username, {@code search} matching the start of a username or an email address. */
    UserPage list(int page, int size, Optional<String> search);

    /** UserNotFound when there is none. */
    User get(UserId id);

    /**
     * Deactivation also ends every refresh token family, session and legacy token of the account at once. Nobody
     * deactivates themselves (CannotDeactivateSelf); staff act on ordinary users only (InsufficientRank).
     */
    User setActive(Actor actor, UserId id, boolean active);

    /** A superuser cannot take their own superuser flag away (CannotDemoteSelf). */
    User setRoles(Actor actor, UserId id, Optional<Boolean> staff, Optional<Boolean> superuser);

    User setMembership(Actor actor, UserId id, Optional<MembershipLevel> level);

    /** Deletes the account and everything it holds; nobody deletes themselves (CannotDeleteSelf). */
    void delete(Actor actor, UserId id);

    /** Every change above, newest first. */
    AuditPage audit(int page, int size);
}
