package dev.warden.adapter.memory;

import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.domain.token.RefreshToken;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Refresh tokens in process memory; adding a token and revoking a family exclude each other. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {
    private final Map<UUID, RefreshToken> byId = new ConcurrentHashMap<>();
    private final Map<String, UUID> byHash = new ConcurrentHashMap<>();
    private final Map<String, UUID> byAccessTokenId = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(RefreshToken token) {
        byId.put(token.id(), token);
        byHash.put(token.tokenHash(), token.id());
        byAccessTokenId.put(token.accessTokenId(), token.id());
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return Optional.ofNullable(byHash.get(tokenHash)).map(byId::get);
    }

    @Override
    public Optional<RefreshToken> findByAccessTokenId(String accessTokenId) {
        return Optional.ofNullable(byAccessTokenId.get(accessTokenId)).map(byId::get);
    }

    @Override
    public List<RefreshToken> liveByUser(UserId userId, Instant now) {
        return byId.values().stream()
                .filter(token -> token.userId().equals(userId) && token.statusAt(now) == RefreshToken.Status.ACTIVE)
                .sorted(java.util.Comparator.comparing(RefreshToken::familyStartedAt))
                .toList();
    }

    @Override
    public boolean markUsed(UUID id, Instant usedAt) {
        var spent = new boolean[1];
        byId.computeIfPresent(id, (key, token) -> {
            if (token.usedAt().isPresent() || token.revokedAt().isPresent()) {
                return token;
            }
            spent[0] = true;
            return token.markedUsed(usedAt);
        });
        return spent[0];
    }

    @Override
    public synchronized List<RefreshToken> revokeFamily(UUID familyId, Instant revokedAt) {
        var family = new ArrayList<RefreshToken>();
        for (var id : List.copyOf(byId.keySet())) {
            var after = byId.computeIfPresent(id, (key, token) -> !token.familyId().equals(familyId)
                    || token.revokedAt().isPresent() ? token : token.markedRevoked(revokedAt));
            if (after != null && after.familyId().equals(familyId)) {
                family.add(after);
            }
        }
        return List.copyOf(family);
    }

    @Override
    public synchronized int purgeExpired(Instant now, int batch) {
        var liveFamilies = new java.util.HashSet<UUID>();
        for (var token : byId.values()) {
            if (token.expiresAt().isAfter(now) || token.accessExpiresAt().isAfter(now)) {
                liveFamilies.add(token.familyId());
            }
        }
        int removed = 0;
        for (var token : List.copyOf(byId.values())) {
            if (removed == batch) {
                break;
            }
            if (!liveFamilies.contains(token.familyId())) {
                byId.remove(token.id());
                byHash.remove(token.tokenHash(), token.id());
                byAccessTokenId.remove(token.accessTokenId(), token.id());
                removed++;
            }
        }
        return removed;
    }
}
