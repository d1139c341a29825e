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
public record AdminAssembly(AdministerUsersUseCase administerUsers, AuthorizeUseCase authorize,
                            EnsureAdministratorUseCase ensureAdministrator) {
    public static final List<Offer<AdminAssembly, ?>> OFFERS = List.of(
            Offer.of(AdministerUsersUseCase.class, AdminAssembly::administerUsers),
            Offer.of(AuthorizeUseCase.class, AdminAssembly::authorize),
            Offer.of(EnsureAdministratorUseCase.class, AdminAssembly::ensureAdministrator));

    public static AdminAssembly of(UserRepository users, AuditLog audit, Clock clock, IdGenerator ids,
                                   SessionAssembly sessions, AccountAssembly accounts) {
        return new AdminAssembly(new AdministerUsersService(users, sessions.signOuts(), audit, ids, clock),
                new AuthorizeService(users), new EnsureAdministratorService(accounts.accounts(), users));
    }
}
