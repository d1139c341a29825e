package dev.warden.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A token signing key pair in encoded form: PKCS#8 private key, X.509 public key, the JOSE algorithm
 * name (ES256, RS256) and the key id published in the JWKS.
 */
public record SigningKey(String keyId, String algorithm, byte[] privateKey, byte[] publicKey, Instant createdAt) {
    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        privateKey = privateKey.clone();
        publicKey = publicKey.clone();
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + ", " + algorithm + ", created " + createdAt + "]";
    }
}
