package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Keys are stored base64-encoded: the private key sealed (or, from an earlier version, plain PKCS#8), X.509. */
@MappedEntity("signing_keys")
record SigningKeyRow(@Id String keyId, String algorithm, int generation, String privateKey, boolean sealed,
                     String publicKey, Instant createdAt) {
}
