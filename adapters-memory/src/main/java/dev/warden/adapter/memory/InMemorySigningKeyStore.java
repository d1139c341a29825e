package dev.warden.adapter.memory;

import dev.warden.application.signingkey.port.out.SigningKey;
import dev.warden.application.signingkey.port.out.SigningKeyStore;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Signing keys in process memory: tokens die with the process. For tests and throw-away instances. */
public final class InMemorySigningKeyStore implements SigningKeyStore {
    private final Map<String, SigningKey> byId = new LinkedHashMap<>();

    @Override
    public synchronized List<SigningKey> keys(String algorithm) {
        return byId.values().stream().filter(key -> key.algorithm().equals(algorithm))
                .sorted(Comparator.comparingInt(SigningKey::generation)).toList();
    }

    @Override
    public synchronized SigningKey addIfAbsent(SigningKey candidate) {
        for (var key : byId.values()) {
            if (key.algorithm().equals(candidate.algorithm()) && key.generation() == candidate.generation()) {
                return key;
            }
        }
        byId.putIfAbsent(candidate.keyId(), candidate);
        return byId.get(candidate.keyId());
    }

    @Override
    public synchronized boolean seal(String keyId, byte[] sealedPrivateKey) {
        var key = byId.get(keyId);
        if (key == null || key.sealed()) {
            return false;
        }
        byId.put(keyId, key.sealedAs(sealedPrivateKey));
        return true;
    }

    @Override
    public synchronized void remove(String keyId) {
        byId.remove(keyId);
    }
}
