package dev.warden.application.port.in;

import dev.warden.domain.session.ClientInfo;
import java.time.Instant;
import java.util.UUID;

/** One way a user is signed in: a server-side session or a refresh-token family. */
public record SessionEntry(UUID id, Kind kind, Instant createdAt, Instant lastUsedAt, ClientInfo client,
                           boolean current) {
    public enum Kind { SESSION, REFRESH_TOKEN }
}
