package dev.warden.application.session.service;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.login.service.PasswordAuthenticator;
import dev.warden.application.session.SessionSettings;
import dev.warden.application.session.port.in.AuthenticateSessionUseCase;
import dev.warden.application.session.port.in.SessionLoginUseCase;
import dev.warden.application.session.port.in.SessionLogoutUseCase;
import dev.warden.application.session.port.in.SessionSecretCommand;
import dev.warden.application.session.port.in.SessionTicket;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.session.Session;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;
import java.util.Optional;

/** The life of a server-side session: opened by a password login, kept alive by use, ended by logout. */
public final class SessionService implements SessionLoginUseCase, AuthenticateSessionUseCase, SessionLogoutUseCase {
    private final PasswordAuthenticator authenticator;
    private final SessionStore sessions;
    private final UserRepository users;
    private final SessionOpener opener;
    private final Clock clock;
    private final SessionSettings settings;

    private final Telemetry telemetry;

    public SessionService(PasswordAuthenticator authenticator, SessionStore sessions, UserRepository users,
                          SessionOpener opener, Clock clock, SessionSettings settings, Telemetry telemetry) {
        this.telemetry = telemetry;
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.users = users;
        this.opener = opener;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public SessionTicket startSession(LoginCommand command) {
        return telemetry.login(Telemetry.LoginMethod.SESSION, () -> opener.open(
                authenticator.authenticate(command, MfaChallenge.Purpose.SESSION), command.client()));
    }

    @Override
    public Session authenticate(SessionSecretCommand command) {
        return check(command).session();
    }

    @Override
    public Caller authenticateCaller(SessionSecretCommand command) {
        var checked = check(command);
        var session = checked.session();
        var credential = new Caller.SessionCredential(session.id(), session.remainingAt(session.lastUsedAt()));
        return new Caller(session.userId(), credential, Optional.of(checked.user()));
    }

    private record Checked(Session session, User user) {}

    /** The live session, and its account, which must be active (a deactivation that could not end the session). */
    private Checked check(SessionSecretCommand command) {
        var session = sessions.findAndTouch(TokenDigest.of(command.secret()), clock.now(), settings.lifetime())
                .orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
        var user = users.findById(session.userId()).filter(User::active);
        if (user.isEmpty()) {
            sessions.delete(session.secretHash());
            throw new AuthError.AuthenticationRequired().exception();
        }
        return new Checked(session, user.get());
    }

    @Override
    public void endSession(SessionSecretCommand command) {
        if (sessions.delete(TokenDigest.of(command.secret()))) {
            telemetry.sessionsEnded(1);
        }
    }
}
