package dev.warden.application.session.service;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.session.port.in.ManageSessionsUseCase;
import dev.warden.application.session.port.in.SessionEntry;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.service.FamilyRevocation;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.token.RefreshToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class ManageSessionsService implements ManageSessionsUseCase {
    private final SessionStore sessions;
    private final RefreshTokenStore refreshTokens;
    private final FamilyRevocation families;
    private final LegacyTokenStore legacyTokens;
    private final Clock clock;
    private final SignOuts signOuts;

    private final Telemetry telemetry;

    public ManageSessionsService(SessionStore sessions, RefreshTokenStore refreshTokens, FamilyRevocation families,
                                 LegacyTokenStore legacyTokens, SignOuts signOuts, Clock clock,
                                 Telemetry telemetry) {
        this.telemetry = telemetry;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.families = families;
        this.legacyTokens = legacyTokens;
        this.clock = clock;
        this.signOuts = signOuts;
    }

    @Override
    public List<SessionEntry> list(Caller caller) {
        var now = clock.now();
        var currentSession = currentSession(caller);
        var currentFamily = currentFamily(caller);
        var entries = new ArrayList<SessionEntry>();
        for (var session : sessions.listByUser(caller.userId(), now)) {
            entries.add(new SessionEntry(session.id(), SessionEntry.Kind.SESSION, session.createdAt(),
                    session.lastUsedAt(), session.client(), currentSession.filter(session.id()::equals).isPresent()));
        }
        for (var head : refreshTokens.liveByUser(caller.userId(), now)) {
            entries.add(new SessionEntry(head.familyId(), SessionEntry.Kind.REFRESH_TOKEN, head.familyStartedAt(),
                    head.issuedAt(), head.client(), currentFamily.filter(head.familyId()::equals).isPresent()));
        }
        var currentLegacy = currentLegacyToken(caller);
        for (var token : legacyTokens.liveByUser(caller.userId(), now)) {
            // a legacy token records neither its client nor its uses: it was last seen when issued, as far as we know
            entries.add(new SessionEntry(token.id(), SessionEntry.Kind.LEGACY_TOKEN, token.issuedAt(),
                    token.issuedAt(), ClientInfo.UNKNOWN, currentLegacy.filter(token.id()::equals).isPresent()));
        }
        entries.sort(Comparator.comparing(SessionEntry::createdAt));
        return List.copyOf(entries);
    }

    @Override
    public void revoke(Caller caller, UUID id) {
        if (sessions.deleteById(caller.userId(), id, clock.now())) {
            telemetry.sessionsEnded(1);
            return;
        }
        if (legacyTokens.deleteById(caller.userId(), id)) {
            return;
        }
        var family = refreshTokens.liveByUser(caller.userId(), clock.now()).stream()
                .filter(head -> head.familyId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AuthError.SessionNotFound().exception());
        families.revoke(family.familyId());
    }

    @Override
    public void revokeOther(Caller caller, UUID id) {
        if (currentSession(caller).or(() -> currentLegacyToken(caller)).or(() -> currentFamily(caller))
                .filter(id::equals).isPresent()) {
            throw new AuthError.CannotRevokeCurrentSession().exception();
        }
        revoke(caller, id);
    }

    @Override
    public int revokeOthers(Caller caller) {
        return signOuts.everywhereElse(caller, clock.now());
    }

    private static Optional<UUID> currentSession(Caller caller) {
        return caller.credential() instanceof Caller.SessionCredential(var sessionId, _)
                ? Optional.of(sessionId) : Optional.empty();
    }

    private static Optional<UUID> currentLegacyToken(Caller caller) {
        return caller.credential() instanceof Caller.LegacyTokenCredential(var tokenId)
                ? Optional.of(tokenId) : Optional.empty();
    }

    private Optional<UUID> currentFamily(Caller caller) {
        if (caller.credential() instanceof Caller.AccessTokenCredential(var tokenId)) {
            return refreshTokens.findByAccessTokenId(tokenId).map(RefreshToken::familyId);
        }
        return Optional.empty();
    }
}
