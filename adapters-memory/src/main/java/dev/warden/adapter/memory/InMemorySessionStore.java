package dev.warden.adapter.memory;

import dev.warden.application.session.port.out.SessionStore;
import dev.warden.domain.session.Session;
import dev.warden.domain.session.SessionLifetime;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Sessions in process memory, indexed by user. Expired sessions are dropped when they are next looked at. */
public final class InMemorySessionStore implements SessionStore {
    private final Map<String, Session> byHash = new HashMap<>();
    private final Map<UserId, Set<String>> hashesByUser = new HashMap<>();

    @Override
    public synchronized void create(Session session) {
        byHash.put(session.secretHash(), session);
        hashesByUser.computeIfAbsent(session.userId(), user -> new LinkedHashSet<>()).add(session.secretHash());
    }

    @Override
    public synchronized Optional<Session> findAndTouch(String secretHash, Instant now, SessionLifetime lifetime) {
        var session = byHash.get(secretHash);
        if (session == null) {
            return Optional.empty();
        }
        var touched = session.touchedAt(now, lifetime);
        if (session.isExpiredAt(now) || touched.isExpiredAt(now)) {
            remove(session);
            return Optional.empty();
        }
        byHash.put(secretHash, touched);
        return Optional.of(touched);
    }

    @Override
    public synchronized boolean delete(String secretHash) {
        var session = byHash.get(secretHash);
        if (session == null) {
            return false;
        }
        remove(session);
        return true;
    }

    @Override
    public synchronized boolean deleteById(UserId userId, UUID sessionId, Instant now) {
        var match = sessionsOf(userId).stream().filter(session -> session.id().equals(sessionId)).findFirst();
        match.ifPresent(this::remove);
        return match.filter(session -> !session.isExpiredAt(now)).isPresent();
    }

    @Override
    public synchronized List<Session> listByUser(UserId userId, Instant now) {
        var live = new ArrayList<Session>();
        for (var session : sessionsOf(userId)) {
            if (session.isExpiredAt(now)) {
                remove(session);
            } else {
                live.add(session);
            }
        }
        live.sort(Comparator.comparing(Session::createdAt));
        return List.copyOf(live);
    }

    @Override
    public synchronized int deleteAllOfUser(UserId userId, Optional<UUID> keep, Instant now) {
        int deleted = 0;
        for (var session : sessionsOf(userId)) {
            if (keep.filter(session.id()::equals).isEmpty()) {
                remove(session);
                deleted += session.isExpiredAt(now) ? 0 : 1;
            }
        }
        return deleted;
    }

    private List<Session> sessionsOf(UserId userId) {
        return hashesByUser.getOrDefault(userId, Set.of()).stream().map(byHash::get).toList();
    }

    private void remove(Session session) {
        byHash.remove(session.secretHash());
        var hashes = hashesByUser.get(session.userId());
        if (hashes != null) {
            hashes.remove(session.secretHash());
            if (hashes.isEmpty()) {
                hashesByUser.remove(session.userId());
            }
        }
    }
}
