package dev.warden.application.admin.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.admin.port.in.Actor;
import dev.warden.application.admin.port.in.AdministerUsersUseCase;
import dev.warden.application.admin.port.in.AuditPage;
import dev.warden.application.admin.port.in.UserPage;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.service.FamilyRevocation;
import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.MembershipLevel;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.util.List;
import java.util.Optional;

public final class AdministerUsersService implements AdministerUsersUseCase {
    static final int MAX_PAGE_SIZE = 100;

    private final UserRepository users;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;
    private final SignOuts signOuts;

    public AdministerUsersService(UserRepository users, SignOuts signOuts, AuditLog audit,
                                  IdGenerator ids, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
        this.signOuts = signOuts;
    }

    @Override
    public UserPage list(int page, int size, Optional<String> search) {
        checkPage(page, size);
        var prefix = search.map(String::strip).filter(text -> !text.isEmpty()).map(Email::keyOf);
        var items = beyondAnyRow(page, size) ? List.<User>of() : users.page(page * size, size, prefix);
        return new UserPage(items, page, size, users.count(prefix));
    }

    @Override
    public User get(UserId id) {
        return users.findById(id).orElseThrow(() -> new AuthError.UserNotFound().exception());
    }

    @Override
    public User setActive(Actor actor, UserId id, boolean active) {
        var by = accountOf(actor);
        var user = get(id);
        var changed = store(active ? user.activatedBy(by) : user.deactivatedBy(by));
        if (!active) {
            signOutEverywhere(id);
        }
        record(actor, active ? "activate" : "deactivate", id, "");
        return changed;
    }

    @Override
    public User setRoles(Actor actor, UserId id, Optional<Boolean> staff, Optional<Boolean> superuser) {
        var user = get(id);
        var changed = store(user.withRolesBy(accountOf(actor), staff.orElse(user.staff()),
                superuser.orElse(user.superuser())));
        record(actor, "roles", id, "is_staff=" + changed.staff() + ", is_superuser=" + changed.superuser());
        return changed;
    }

    @Override
    public User setMembership(Actor actor, UserId id, Optional<MembershipLevel> level) {
        var changed = store(get(id).withMembershipBy(accountOf(actor), level));
        record(actor, "membership", id, "level=" + level.map(Enum::name).orElse("none"));
        return changed;
    }

    @Override
    public void delete(Actor actor, UserId id) {
        var user = get(id);
        user.requireDeletableBy(accountOf(actor));
        // signed out first, while the account its revocations refer to exists; should the delete then be refused
        // (two superusers deleting each other at once), that one account has only been signed out
        signOutEverywhere(id);
        if (!users.deleteKeepingAnActiveSuperuser(id)) {
            throw new AuthError.LastActiveSuperuser().exception();
        }
        record(actor, "delete", id, "username=" + user.username().value());
    }

    @Override
    public AuditPage audit(int page, int size) {
        checkPage(page, size);
        var entries = beyondAnyRow(page, size) ? List.<AuditEntry>of() : audit.newestFirst(page * size, size);
        return new AuditPage(entries, page, size, audit.count());
    }

    private void record(Actor actor, String action, UserId target, String details) {
        audit.record(new AuditEntry(ids.newId(), clock.now(), actor.userId(), action, target, details,
                actor.clientAddress()));
    }

    /** A page whose first row would be past the largest offset there is (page × size overflows an int): empty. */
    private static boolean beyondAnyRow(int page, int size) {
        return (long) page * size > Integer.MAX_VALUE;
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw (page < 0 ? AuthError.InvalidInput.of("page", new Reason.AtLeast(0))
                    : AuthError.InvalidInput.of("size", new Reason.Between(1, MAX_PAGE_SIZE))).exception();
        }
    }

    /** Ends every token family (access tokens included), every session and every legacy token of the account. */
    private void signOutEverywhere(UserId id) {
        signOuts.everywhere(id, clock.now());
    }

    /**
     * The account of whoever acts, as stored now: the rank rules go by it, not by what the caller's token said. An
     * actor whose account is gone is no longer authenticated.
     */
    private User accountOf(Actor actor) {
        return users.findById(actor.userId()).orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
    }

    /** Every administrative change goes through here, so that none of them removes the last active superuser. */
    private User store(User changed) {
        if (!users.updateKeepingAnActiveSuperuser(changed)) {
            throw new AuthError.LastActiveSuperuser().exception();
        }
        return changed;
    }
}
