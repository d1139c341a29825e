package dev.warden.domain.guard;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.MembershipLevel;
import dev.warden.domain.user.User;
import java.util.Optional;

/**
 * The five authorization guards as pure functions of the caller. Each includes the ones it builds on:
 * staff and admin include authenticated; higher membership includes membership.
 */
public enum Guard {
    AUTHENTICATED(null) {
        @Override
        boolean admits(User user) {
            return true;
        }
    },
    STAFF("Staff privileges required") {
        @Override
        boolean admits(User user) {
            return user.staff() || user.superuser();
        }
    },
    ADMIN("Administrator privileges required") {
        @Override
        boolean admits(User user) {
            return user.superuser();
        }
    },
    MEMBERSHIP("PSF membership required") {
        @Override
        boolean admits(User user) {
            return user.hasMembership();
        }
    },
    HIGHER_MEMBERSHIP("Higher level PSF membership required") {
        @Override
        boolean admits(User user) {
            if (!MEMBERSHIP.admits(user)) {
                return false;
            }
            return user.membership().map(MembershipLevel::isHigher).orElse(false);
        }
    };

    private final String refusal;

    Guard(String refusal) {
        this.refusal = refusal;
    }

    abstract boolean admits(User user);

    /**
     * Why the caller may not pass, or empty when they may. {@code caller} is empty for an anonymous request;
     * an anonymous or deactivated caller is asked to authenticate, whatever the guard.
     */
    public Optional<AuthError> check(Optional<User> caller) {
        if (caller.isEmpty() || !caller.get().active()) {
            return Optional.of(new AuthError.AuthenticationRequired());
        }
        return admits(caller.get()) ? Optional.empty() : Optional.of(new AuthError.Forbidden(refusal));
    }

    /** The 403 message of this guard; empty for {@link #AUTHENTICATED}, which only ever asks for credentials. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }
}
