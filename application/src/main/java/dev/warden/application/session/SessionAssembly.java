package dev.warden.application.session;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.session.port.in.AuthenticateSessionUseCase;
import dev.warden.application.session.port.in.ManageSessionsUseCase;
import dev.warden.application.session.port.in.SessionLoginUseCase;
import dev.warden.application.session.port.in.SessionLogoutUseCase;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.session.service.ManageSessionsService;
import dev.warden.application.session.service.SessionOpener;
import dev.warden.application.session.service.SessionService;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.TokenAssembly;
import dev.warden.application.token.port.out.RefreshTokenStore;
import java.util.List;

/**
 * Sessions: server-side sessions (cookie login, check, logout), the list of sign-ins, and signing out everywhere.
 *
 * @param signOuts ends every way a user is signed in (or every way but the current one)
 * @param opener   opens a session for a login that another feature finished (a second factor)
 */
public record SessionAssembly(SignOuts signOuts, SessionOpener opener, SessionLoginUseCase sessionLogin,
                              AuthenticateSessionUseCase authenticateSession, SessionLogoutUseCase sessionLogout,
                              ManageSessionsUseCase manageSessions) {
    public static final List<Offer<SessionAssembly, ?>> OFFERS = List.of(
            Offer.of(SessionLoginUseCase.class, SessionAssembly::sessionLogin),
            Offer.of(AuthenticateSessionUseCase.class, SessionAssembly::authenticateSession),
            Offer.of(SessionLogoutUseCase.class, SessionAssembly::sessionLogout),
            Offer.of(ManageSessionsUseCase.class, SessionAssembly::manageSessions));

    public static SessionAssembly of(SessionStore store, RefreshTokenStore refreshTokens,
                                     LegacyTokenStore legacyTokens, UserRepository users, Clock clock, IdGenerator ids,
                                     SessionSettings settings, LoginAssembly login, TokenAssembly tokens) {
        var telemetry = tokens.telemetry();
        var signOuts = new SignOuts(refreshTokens, tokens.families(), store, legacyTokens, telemetry);
        var opener = new SessionOpener(store, ids, clock, settings, telemetry);
        var sessions = new SessionService(login.authenticator(), store, users, opener, clock, settings, telemetry);
        return new SessionAssembly(signOuts, opener, sessions, sessions, sessions,
                new ManageSessionsService(store, refreshTokens, tokens.families(), legacyTokens, signOuts, clock,
                        telemetry));
    }
}
