package dev.warden.application.admin;

import dev.warden.application.account.AccountAssembly;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.admin.port.in.AdministerUsersUseCase;
import dev.warden.application.admin.port.in.AuthorizeUseCase;
import dev.warden.application.admin.port.in.EnsureAdministratorUseCase;
import dev.warden.application.admin.service.AdministerUsersService;
import dev.warden.application.admin.service.AuthorizeService;
import dev.warden.application.admin.service.EnsureAdministratorService;
import dev.warden.application.session.SessionAssembly;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import java.util.List;

/** Administration: the user list and its changes (ranks, activation, deletion), who may do what, the first superuser. */
public final class AdminAssembly {
    public static final List<Offer<AdminAssembly, ?>> OFFERS = List.of(
            Offer.of(AdministerUsersUseCase.class, AdminAssembly::administerUsers),
            Offer.of(AuthorizeUseCase.class, AdminAssembly::authorize),
            Offer.of(EnsureAdministratorUseCase.class, AdminAssembly::ensureAdministrator));

    private final AdministerUsersUseCase administerUsers;
    private final AuthorizeUseCase authorize;
    private final EnsureAdministratorUseCase ensureAdministrator;

    public AdminAssembly(UserRepository users, AuditLog audit, Clock clock, IdGenerator ids,
                         SessionAssembly sessions, AccountAssembly accounts) {
        administerUsers = new AdministerUsersService(users, sessions.signOuts(), audit, ids, clock);
        authorize = new AuthorizeService(users);
        ensureAdministrator = new EnsureAdministratorService(accounts.accounts(), users);
    }

    public AdministerUsersUseCase administerUsers() {
        return administerUsers;
    }

    public AuthorizeUseCase authorize() {
        return authorize;
    }

    public EnsureAdministratorUseCase ensureAdministrator() {
        return ensureAdministrator;
    }
}
