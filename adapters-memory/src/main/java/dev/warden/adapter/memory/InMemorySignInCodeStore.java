package dev.warden.adapter.memory;

import dev.warden.application.port.out.SignInCodeStore;
import dev.warden.domain.token.SignInCode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Mailed sign-in codes in process memory. */
public final class InMemorySignInCodeStore implements SignInCodeStore {
    private final Map<UUID, SignInCode> byId = new ConcurrentHashMap<>();
    private final Map<String, UUID> byNonce = new ConcurrentHashMap<>();

    @Override
    public void add(SignInCode code) {
        byId.put(code.id(), code);
        byNonce.put(code.nonce(), code.id());
    }

    @Override
    public Optional<SignInCode> findByNonce(String nonce) {
        return Optional.ofNullable(byNonce.get(nonce)).map(byId::get);
    }

    @Override
    public void recordFailure(UUID id) {
        byId.computeIfPresent(id, (key, code) -> new SignInCode(code.id(), code.nonce(), code.codeHash(),
                code.email(), code.issuedAt(), code.expiresAt(), code.failures() + 1, code.usedAt()));
    }

    @Override
    public boolean consume(UUID id, Instant usedAt) {
        var consumed = new boolean[1];
        byId.computeIfPresent(id, (key, code) -> {
            if (code.usedAt().isPresent()) {
                return code;
            }
            consumed[0] = true;
            return new SignInCode(code.id(), code.nonce(), code.codeHash(), code.email(), code.issuedAt(),
                    code.expiresAt(), code.failures(), Optional.of(usedAt));
        });
        return consumed[0];
    }
}
