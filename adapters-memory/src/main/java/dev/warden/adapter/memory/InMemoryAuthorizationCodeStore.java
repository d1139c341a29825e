package dev.warden.adapter.memory;

import dev.warden.application.oauth.port.out.AuthorizationCodeStore;
import dev.warden.application.oauth.port.out.IssuedCode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes in process memory; expired ones are dropped as new ones arrive. */
public final class InMemoryAuthorizationCodeStore implements AuthorizationCodeStore {
    private final Map<String, IssuedCode> byCodeHash = new ConcurrentHashMap<>();

    @Override
    public void save(IssuedCode code) {
        if (byCodeHash.size() > 10_000) {
            var now = Instant.now();
            byCodeHash.values().removeIf(issued -> !now.isBefore(issued.expiresAt()));
        }
        byCodeHash.put(code.codeHash(), code);
    }

    @Override
    public Optional<IssuedCode> take(String codeHash, Instant now) {
        return Optional.ofNullable(byCodeHash.remove(codeHash)).filter(code -> now.isBefore(code.expiresAt()));
    }
}
