package dev.warden.adapter.memory;

import dev.warden.application.selfservice.port.out.ClientMetadataStore;
import dev.warden.domain.user.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryClientMetadataStore implements ClientMetadataStore {
    private final Map<UserId, String> metadata = new ConcurrentHashMap<>();

    @Override
    public Optional<String> find(UserId userId) {
        return Optional.ofNullable(metadata.get(userId));
    }

    @Override
    public void save(UserId userId, String json) {
        metadata.put(userId, json);
    }

    @Override
    public void delete(UserId userId) {
        metadata.remove(userId);
    }
}
