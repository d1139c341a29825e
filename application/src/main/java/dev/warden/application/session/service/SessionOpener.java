package dev.warden.application.session.service;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.session.SessionSettings;
import dev.warden.application.session.port.in.SessionTicket;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.session.Session;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.User;

/** Opens server-side sessions: always a new secret, never one carried over from before the login (no fixation). */
public final class SessionOpener {
    private final SessionStore sessions;
    private final IdGenerator ids;
    private final Clock clock;
    private final SessionSettings settings;
    private final Telemetry telemetry;

    public SessionOpener(SessionStore sessions, IdGenerator ids, Clock clock, SessionSettings settings,
                         Telemetry telemetry) {
        this.telemetry = telemetry;
        this.sessions = sessions;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    public SessionTicket open(User user, ClientInfo client) {
        var secret = ids.newSecret();
        var now = clock.now();
        var session = Session.start(ids.newId(), TokenDigest.of(secret), user.id(), now, settings.lifetime(), client);
        sessions.create(session);
        telemetry.sessionCreated();
        return new SessionTicket(secret, session, session.remainingAt(now));
    }
}
