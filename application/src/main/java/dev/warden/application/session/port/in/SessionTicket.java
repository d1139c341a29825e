package dev.warden.application.session.port.in;

import dev.warden.domain.session.Session;
import java.time.Duration;

/** A new session and the secret that the client presents for it (the only place the secret exists in clear). */
public record SessionTicket(String secret, Session session, Duration lifetime) {
    @Override
    public String toString() {
        return "SessionTicket[" + session.id() + "]";
    }
}
