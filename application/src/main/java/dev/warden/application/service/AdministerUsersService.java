package dev.warden.application.service;

import dev.warden.application.port.in.AdministerUsersUseCase;
import dev.warden.application.port.in.UserPage;
import dev.warden.application.port.out.Clock;
import dev.warden.application.port.out.RefreshTokenStore;
import dev.warden.application.port.out.SessionStore;
import dev.warden.application.port.out.UserRepository;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.MembershipLevel;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.util.Optional;

public final class AdministerUsersService implements AdministerUsersUseCase {
    static final int MAX_PAGE_SIZE = 100;

    private final UserRepository users;
    private final RefreshTokenStore refreshTokens;
    private final FamilyRevocation families;
    private final SessionStore sessions;
    private final Clock clock;

    public AdministerUsersService(UserRepository users, RefreshTokenStore refreshTokens, FamilyRevocation families,
                                  SessionStore sessions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.families = families;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public UserPage list(int page, int size, Optional<String> search) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw AuthError.InvalidInput.of(page < 0 ? "page" : "size",
                    page < 0 ? "must be 0 or more" : "must be between 1 and " + MAX_PAGE_SIZE).exception();
        }
        var prefix = search.map(String::strip).filter(text -> !text.isEmpty()).map(Email::keyOf);
        return new UserPage(users.page(page * size, size, prefix), page, size, users.count(prefix));
    }

    @Override
    public User get(UserId id) {
        return users.findById(id).orElseThrow(() -> new AuthError.UserNotFound().exception());
    }

    @Override
    public User setActive(UserId id, boolean active) {
        var user = get(id);
        var changed = with(user, active, user.staff(), user.superuser(), user.membership());
        users.update(changed);
        if (!active) {
            signOutEverywhere(id);
        }
        return changed;
    }

    @Override
    public User setRoles(UserId actor, UserId id, Optional<Boolean> staff, Optional<Boolean> superuser) {
        var user = get(id);
        if (actor.equals(id) && user.superuser() && superuser.filter(flag -> !flag).isPresent()) {
            throw new AuthError.Forbidden("Administrators cannot remove their own administrator privileges")
                    .exception();
        }
        var changed = with(user, user.active(), staff.orElse(user.staff()), superuser.orElse(user.superuser()),
                user.membership());
        users.update(changed);
        return changed;
    }

    @Override
    public User setMembership(UserId id, Optional<MembershipLevel> level) {
        var user = get(id);
        var changed = with(user, user.active(), user.staff(), user.superuser(), level);
        users.update(changed);
        return changed;
    }

    @Override
    public void delete(UserId actor, UserId id) {
        if (actor.equals(id)) {
            throw new AuthError.Forbidden("Administrators cannot delete their own account").exception();
        }
        get(id);
        signOutEverywhere(id);
        users.delete(id);
    }

    /** Ends every token family (access tokens included) and every session of the account. */
    private void signOutEverywhere(UserId id) {
        var now = clock.now();
        for (var head : refreshTokens.liveByUser(id, now)) {
            families.revoke(head.familyId());
        }
        sessions.deleteAllOfUser(id, Optional.empty(), now);
    }

    private static User with(User user, boolean active, boolean staff, boolean superuser,
                             Optional<MembershipLevel> membership) {
        return new User(user.id(), user.username(), user.email(), user.passwordHash(), user.firstName(),
                user.lastName(), active, staff, superuser, user.emailVerified(), membership, user.oauthProvider(),
                user.oauthId(), user.dateJoined(), user.lastLogin());
    }
}
