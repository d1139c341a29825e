package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Keys are stored base64-encoded (PKCS#8 and X.509). */
@MappedEntity("signing_keys")
record SigningKeyRow(@Id String keyId, String algorithm, String privateKey, String publicKey, Instant createdAt) {
}
