package dev.warden.adapter.memory;

import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Revoked access token ids in process memory, with their expiry so that a sweep could drop dead ones. */
public final class InMemoryRevokedAccessTokens implements RevokedAccessTokens {
    private final Map<String, Instant> expiryByTokenId = new ConcurrentHashMap<>();

    @Override
    public void revoke(String tokenId, UserId userId, Instant expiresAt) {
        expiryByTokenId.putIfAbsent(tokenId, expiresAt);
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return expiryByTokenId.containsKey(tokenId);
    }

    @Override
    public Map<String, Instant> unexpired(Instant now) {
        var live = new java.util.HashMap<String, Instant>();
        expiryByTokenId.forEach((tokenId, expiry) -> {
            if (expiry.isAfter(now)) {
                live.put(tokenId, expiry);
            }
        });
        return Map.copyOf(live);
    }

    @Override
    public int purgeExpired(Instant now, int batch) {
        int removed = 0;
        for (var entry : expiryByTokenId.entrySet()) {
            if (removed == batch) {
                break;
            }
            if (!entry.getValue().isAfter(now) && expiryByTokenId.remove(entry.getKey(), entry.getValue())) {
                removed++;
            }
        }
        return removed;
    }
}
