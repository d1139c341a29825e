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

/** Sessions: server-side sessions (cookie login, check, logout), the list of sign-ins, and signing out everywhere. */
public final class SessionAssembly {
    public static final List<Offer<SessionAssembly, ?>> OFFERS = List.of(
            Offer.of(SessionLoginUseCase.class, SessionAssembly::sessionLogin),
            Offer.of(AuthenticateSessionUseCase.class, SessionAssembly::authenticateSession),
            Offer.of(SessionLogoutUseCase.class, SessionAssembly::sessionLogout),
            Offer.of(ManageSessionsUseCase.class, SessionAssembly::manageSessions));

    private final SignOuts signOuts;
    private final SessionOpener opener;
    private final SessionService sessions;
    private final ManageSessionsUseCase manageSessions;

    public SessionAssembly(SessionStore store, RefreshTokenStore refreshTokens, LegacyTokenStore legacyTokens,
                           UserRepository users, Clock clock, IdGenerator ids, SessionSettings settings,
                           LoginAssembly login, TokenAssembly tokens) {
        signOuts = new SignOuts(refreshTokens, tokens.families(), store, legacyTokens);
        opener = new SessionOpener(store, ids, clock, settings);
        sessions = new SessionService(login.authenticator(), store, users, opener, clock, settings);
        manageSessions = new ManageSessionsService(store, refreshTokens, tokens.families(), legacyTokens, signOuts,
                clock);
    }

    /** Ends every way a user is signed in (or every way but the current one). */
    public SignOuts signOuts() {
        return signOuts;
    }

    /** Opens a session for a login that another feature finished (a second factor). */
    public SessionOpener opener() {
        return opener;
    }

    public SessionLoginUseCase sessionLogin() {
        return sessions;
    }

    public AuthenticateSessionUseCase authenticateSession() {
        return sessions;
    }

    public SessionLogoutUseCase sessionLogout() {
        return sessions;
    }

    public ManageSessionsUseCase manageSessions() {
        return manageSessions;
    }
}
