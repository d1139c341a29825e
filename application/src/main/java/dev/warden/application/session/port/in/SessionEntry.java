package dev.warden.application.session.port.in;

import dev.warden.domain.session.ClientInfo;
import java.time.Instant;
import java.util.UUID;

/** One way a user is signed in: a server-side session, a refresh-token family, or a legacy API token. */
public record SessionEntry(UUID id, Kind kind, Instant createdAt, Instant lastUsedAt, ClientInfo client,
                           boolean current) {
    public enum Kind { SESSION, REFRESH_TOKEN, LEGACY_TOKEN }
}
