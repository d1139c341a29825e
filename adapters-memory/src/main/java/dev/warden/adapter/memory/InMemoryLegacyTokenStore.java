package dev.warden.adapter.memory;

import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.domain.token.LegacyToken;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Legacy API tokens in process memory, by the hash of their secret. */
public final class InMemoryLegacyTokenStore implements LegacyTokenStore {
    private final Map<String, LegacyToken> byHash = new HashMap<>();

    @Override
    public synchronized void add(LegacyToken token) {
        byHash.put(token.tokenHash(), token);
    }

    @Override
    public synchronized Optional<LegacyToken> findLive(String tokenHash, Instant now) {
        var token = byHash.get(tokenHash);
        if (token == null) {
            return Optional.empty();
        }
        if (!token.isLiveAt(now)) {
            byHash.remove(tokenHash);
            return Optional.empty();
        }
        return Optional.of(token);
    }

    @Override
    public synchronized List<LegacyToken> liveByUser(UserId userId, Instant now) {
        return byHash.values().stream()
                .filter(token -> token.userId().equals(userId) && token.isLiveAt(now))
                .sorted(Comparator.comparing(LegacyToken::issuedAt))
                .toList();
    }

    @Override
    public synchronized boolean deleteById(UserId userId, UUID id) {
        return byHash.values().removeIf(token -> token.userId().equals(userId) && token.id().equals(id));
    }

    @Override
    public synchronized boolean delete(String tokenHash) {
        return byHash.remove(tokenHash) != null;
    }

    @Override
    public synchronized int deleteAllOfUser(UserId userId, Optional<UUID> keep, Instant now) {
        int live = 0;
        for (var token : List.copyOf(byHash.values())) {
            if (token.userId().equals(userId) && keep.filter(token.id()::equals).isEmpty()) {
                byHash.remove(token.tokenHash());
                live += token.isLiveAt(now) ? 1 : 0;
            }
        }
        return live;
    }

    /** The stored hashes, for tests that check that no secret is kept in clear. */
    public synchronized List<String> storedHashes() {
        return List.copyOf(byHash.keySet());
    }

    @Override
    public synchronized int purgeExpired(Instant now, int batch) {
        int removed = 0;
        for (var iterator = byHash.values().iterator(); iterator.hasNext() && removed < batch; ) {
            if (!iterator.next().isLiveAt(now)) {
                iterator.remove();
                removed++;
            }
        }
        return removed;
    }
}
