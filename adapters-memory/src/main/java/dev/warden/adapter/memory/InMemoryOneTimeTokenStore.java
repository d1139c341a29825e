package dev.warden.adapter.memory;

import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.domain.token.OneTimeToken;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Mailed tokens in process memory. */
public final class InMemoryOneTimeTokenStore implements OneTimeTokenStore {
    private final Map<UUID, OneTimeToken> byId = new ConcurrentHashMap<>();
    private final Map<String, UUID> byHash = new ConcurrentHashMap<>();

    @Override
    public void add(OneTimeToken token) {
        byId.put(token.id(), token);
        byHash.put(token.tokenHash(), token.id());
    }

    @Override
    public Optional<OneTimeToken> findByHash(String tokenHash) {
        return Optional.ofNullable(byHash.get(tokenHash)).map(byId::get);
    }

    @Override
    public boolean consume(UUID id, Instant usedAt) {
        var consumed = new boolean[1];
        byId.computeIfPresent(id, (key, token) -> {
            if (token.usedAt().isPresent()) {
                return token;
            }
            consumed[0] = true;
            return token.usedOn(usedAt);
        });
        return consumed[0];
    }

    @Override
    public void invalidateAll(UserId userId, OneTimeToken.Purpose purpose, Instant at) {
        for (var id : byId.keySet()) {
            byId.computeIfPresent(id, (key, token) -> token.userId().equals(userId) && token.purpose() == purpose
                    && token.usedAt().isEmpty() ? token.usedOn(at) : token);
        }
    }

    @Override
    public int purgeExpired(Instant now, int batch) {
        int removed = 0;
        for (var token : byId.values()) {
            if (removed == batch) {
                break;
            }
            if ((!token.expiresAt().isAfter(now) || token.usedAt().isPresent()) && byId.remove(token.id(), token)) {
                byHash.remove(token.tokenHash(), token.id());
                removed++;
            }
        }
        return removed;
    }
}
