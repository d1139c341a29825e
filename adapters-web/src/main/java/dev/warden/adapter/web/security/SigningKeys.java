package dev.warden.adapter.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import dev.warden.application.port.out.Clock;
import dev.warden.application.port.out.SigningKey;
import dev.warden.application.port.out.SigningKeyStore;
import jakarta.inject.Singleton;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ES256 (P-256) key pair that signs access tokens. Created on the first start and kept through the
 * {@link SigningKeyStore}, so restarts and other instances sign and verify with the same key.
 */
@Singleton
public class SigningKeys {
    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    private final String keyId;
    private final ECPrivateKey privateKey;
    private final ECPublicKey publicKey;

    SigningKeys(SigningKeyStore store, Clock clock) {
        var stored = store.keys(ALGORITHM.getName());
        var key = stored.stream().reduce((older, newer) -> newer).orElseGet(() -> {
            var created = store.addIfAbsent(generate(clock));
            LOG.info("Token signing key {} ({}) is in use", created.keyId(), created.algorithm());
            return created;
        });
        try {
            var factory = KeyFactory.getInstance("EC");
            this.keyId = key.keyId();
            this.privateKey = (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(key.privateKey()));
            this.publicKey = (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(key.publicKey()));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("stored signing key " + key.keyId() + " is not an EC P-256 key", e);
        }
    }

    private static SigningKey generate(Clock clock) {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var pair = generator.generateKeyPair();
            return new SigningKey(UUID.randomUUID().toString(), ALGORITHM.getName(), 1, pair.getPrivate().getEncoded(),
                    false, pair.getPublic().getEncoded(), clock.now());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is part of every Java platform", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    ECPrivateKey privateKey() {
        return privateKey;
    }

    ECPublicKey publicKey() {
        return publicKey;
    }

    /** The public half as a JWK, as published at the JWKS endpoint. */
    public ECKey publicJwk() {
        return new ECKey.Builder(Curve.P_256, publicKey).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(ALGORITHM).build();
    }
}
