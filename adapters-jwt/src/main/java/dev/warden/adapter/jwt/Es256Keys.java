package dev.warden.adapter.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.warden.application.signingkey.port.in.KeyRing;
import dev.warden.application.signingkey.port.in.VerificationKey;
import io.micronaut.security.token.jwt.signature.ec.ECSignature;
import io.micronaut.security.token.jwt.signature.ec.ECSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.ec.ECSignatureGenerator;
import io.micronaut.security.token.jwt.signature.ec.ECSignatureGeneratorConfiguration;
import jakarta.inject.Singleton;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ES256 (P-256) keys of the {@link KeyRing} as micronaut-security-jwt's signature objects and as JWKs, decoded
 * once per key id (a ring changes at a rotation, not between requests).
 */
@Singleton
class Es256Keys {
    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;
    static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");
    private static final int KEPT = 64;

    private final Map<String, Public> decoded = new ConcurrentHashMap<>();
    private volatile Signer signer;

    private record Public(ECPublicKey key, ECSignature signature, ECKey jwk) {}

    private record Signer(String keyId, ECSignatureGenerator generator) {}

    /** The signature that signs with the ring's signing key. */
    ECSignatureGenerator signerFor(KeyRing ring) {
        var current = signer;
        if (current != null && current.keyId().equals(ring.signingKeyId())) {
            return current.generator();
        }
        var publicKey = publicOf(ring.signing()).key();
        var privateKey = privateKey(ring.signingKeyId(), ring.signingKey());
        var kid = ring.signingKeyId();
        var generator = new AccessTokenSigner(new ECSignatureGeneratorConfiguration() {
            @Override
            public ECPrivateKey getPrivateKey() {
                return privateKey;
            }

            @Override
            public Optional<String> getKid() {
                return Optional.of(kid);
            }

            @Override
            public ECPublicKey getPublicKey() {
                return publicKey;
            }

            @Override
            public JWSAlgorithm getJwsAlgorithm() {
                return ALGORITHM;
            }
        });
        signer = new Signer(kid, generator);
        return generator;
    }

    /**
     * micronaut-security-jwt's ES256 signer with the JOSE header of an access token (RFC 9068: {@code typ: at+jwt}),
     * so that no other JWT signed by a key of ours can pass for one.
     */
    private static final class AccessTokenSigner extends ECSignatureGenerator {
        AccessTokenSigner(ECSignatureGeneratorConfiguration configuration) {
            super(configuration);
        }

        @Override
        protected SignedJWT signWithPrivateKey(JWTClaimsSet claims, ECPrivateKey privateKey, String keyId)
                throws JOSEException {
            var header = new JWSHeader.Builder(ALGORITHM).keyID(keyId).type(ACCESS_TOKEN_TYPE).build();
            var jwt = new SignedJWT(header, claims);
            jwt.sign(new ECDSASigner(privateKey));
            return jwt;
        }
    }

    /** The signature that verifies tokens of {@code key}. */
    ECSignature verifierFor(VerificationKey key) {
        return publicOf(key).signature();
    }

    /** The public half as a JWK, as published at the JWKS endpoint. */
    ECKey jwkOf(VerificationKey key) {
        return publicOf(key).jwk();
    }

    private Public publicOf(VerificationKey key) {
        var known = decoded.get(key.keyId());
        if (known != null) {
            return known;
        }
        if (!ALGORITHM.getName().equals(key.algorithm())) {
            throw new IllegalStateException("signing key " + key.keyId() + " is " + key.algorithm() + ", not ES256");
        }
        try {
            var publicKey = (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(key.publicKey()));
            var signature = new ECSignature(new ECSignatureConfiguration() {
                @Override
                public ECPublicKey getPublicKey() {
                    return publicKey;
                }

                @Override
                public JWSAlgorithm getJwsAlgorithm() {
                    return ALGORITHM;
                }
            });
            var jwk = new ECKey.Builder(Curve.P_256, publicKey).keyID(key.keyId()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(ALGORITHM).build();
            if (decoded.size() >= KEPT) {
                decoded.clear(); // retired keys are never asked for again; those in force are decoded anew
            }
            var made = new Public(publicKey, signature, jwk);
            decoded.put(key.keyId(), made);
            return made;
        } catch (GeneralSecurityException | ClassCastException | IllegalStateException e) {
            throw new IllegalStateException("stored signing key " + key.keyId() + " is not an EC P-256 key", e);
        }
    }

    private static ECPrivateKey privateKey(String keyId, byte[] pkcs8) {
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("stored signing key " + keyId + " is not an EC P-256 key", e);
        }
    }
}
