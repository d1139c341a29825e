package dev.warden.adapter.memory;

import dev.warden.application.port.out.SigningKey;
import dev.warden.application.port.out.SigningKeyStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Signing keys in process memory: tokens die with the process. For tests and throw-away instances. */
public final class InMemorySigningKeyStore implements SigningKeyStore {
    private final Map<String, SigningKey> byAlgorithm = new ConcurrentHashMap<>();

    @Override
    public Optional<SigningKey> current(String algorithm) {
        return Optional.ofNullable(byAlgorithm.get(algorithm));
    }

    @Override
    public SigningKey addIfAbsent(SigningKey candidate) {
        return byAlgorithm.computeIfAbsent(candidate.algorithm(), algorithm -> candidate);
    }
}
