package dev.warden.adapter.memory;

import dev.warden.application.mail.port.out.SignInCodeStore;
import dev.warden.domain.token.SignInCode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Mailed sign-in codes in process memory, by the hash of their nonce. */
public final class InMemorySignInCodeStore implements SignInCodeStore {
    private final Map<String, SignInCode> byNonceHash = new ConcurrentHashMap<>();
    private final Map<UUID, String> nonceHashById = new ConcurrentHashMap<>();

    @Override
    public void add(SignInCode code) {
        byNonceHash.values().removeIf(stored -> {
            boolean expired = !stored.expiresAt().isAfter(code.issuedAt());
            if (expired) {
                nonceHashById.remove(stored.id());
            }
            return expired;
        });
        byNonceHash.put(code.nonceHash(), code);
        nonceHashById.put(code.id(), code.nonceHash());
    }

    @Override
    public Optional<SignInCode> claimAttempt(String nonceHash, Instant now) {
        var claimed = new SignInCode[1];
        byNonceHash.computeIfPresent(nonceHash, (key, code) -> {
            if (!code.isUsable(now)) {
                return code;
            }
            claimed[0] = new SignInCode(code.id(), code.nonceHash(), code.codeHash(), code.email(), code.issuedAt(),
                    code.expiresAt(), code.attempts() + 1, code.usedAt());
            return claimed[0];
        });
        return Optional.ofNullable(claimed[0]);
    }

    @Override
    public boolean consume(UUID id, Instant usedAt) {
        var nonceHash = nonceHashById.get(id);
        if (nonceHash == null) {
            return false;
        }
        var consumed = new boolean[1];
        byNonceHash.computeIfPresent(nonceHash, (key, code) -> {
            if (code.usedAt().isPresent()) {
                return code;
            }
            consumed[0] = true;
            return new SignInCode(code.id(), code.nonceHash(), code.codeHash(), code.email(), code.issuedAt(),
                    code.expiresAt(), code.attempts(), Optional.of(usedAt));
        });
        return consumed[0];
    }

    @Override
    public int purgeExpired(Instant now, int batch) {
        int removed = 0;
        for (var code : byNonceHash.values()) {
            if (removed == batch) {
                break;
            }
            if ((!code.expiresAt().isAfter(now) || code.usedAt().isPresent())
                    && byNonceHash.remove(code.nonceHash(), code)) {
                nonceHashById.remove(code.id(), code.nonceHash());
                removed++;
            }
        }
        return removed;
    }
}
