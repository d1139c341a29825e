package dev.warden.bootstrap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.warden.application.shared.port.out.SecretBox;
import jakarta.inject.Singleton;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What an attacker does with the token signing key: takes it from the {@code signing_keys} table (with or without the
 * secrets key as well) and signs tokens of their own making with it, as the service would.
 */
final class KeyThief {
    private KeyThief() {}

    /** The stored private key column of {@code kid}, base64-decoded: what a copy of the database holds. */
    static byte[] storedPrivateKey(DataSource dataSource, String kid) {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT private_key FROM signing_keys WHERE key_id = ?")) {
            statement.setString(1, kid);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no stored key " + kid);
                }
                return Base64.getDecoder().decode(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key, if the stored bytes are one as they are (a plain PKCS#8 EC key): a copy of the database is enough. */
    static Optional<ECPrivateKey> fromDatabaseCopy(DataSource dataSource, String kid) {
        return parse(storedPrivateKey(dataSource, kid));
    }

    /** The key, whoever holds the database and the secrets key as well (they have everything). */
    static ECPrivateKey withSecretsKey(DataSource dataSource, SecretBox box, String kid) {
        var stored = storedPrivateKey(dataSource, kid);
        return parse(stored).orElseGet(() -> parse(box.open(stored, "signing-key:" + kid))
                .orElseThrow(() -> new AssertionError("the sealed key of " + kid + " is no EC key")));
    }

    static Optional<ECPrivateKey> parse(byte[] pkcs8) {
        try {
            return Optional.of((ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
        } catch (GeneralSecurityException | ClassCastException notAKey) {
            return Optional.empty();
        }
    }

    /** The kid in the header of {@code token}. */
    static String kidOf(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** An access token as the service makes them, for {@code subject} with {@code roles}, valid from iat to exp. */
    static String mint(ECPrivateKey key, String kid, String subject, List<String> roles, Instant iat, Instant exp) {
        return mint(key, kid, subject, roles, iat, exp, new JOSEObjectType("at+jwt"));
    }

    /** The same with another JOSE header {@code typ} (none when null). */
    static String mint(ECPrivateKey key, String kid, String subject, List<String> roles, Instant iat, Instant exp,
                       JOSEObjectType type) {
        var claims = new JWTClaimsSet.Builder()
                .issuer("http://localhost:8080")
                .audience("warden")
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(iat))
                .notBeforeTime(Date.from(iat))
                .expirationTime(Date.from(exp))
                .claim("typ", "access")
                .claim("roles", roles)
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(type).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** What an attacker who copied the database (and perhaps the secrets key) of the service under test holds. */
    @Singleton
    static final class Haul {
        private final DataSource dataSource;
        private final SecretBox box;

        Haul(DataSource dataSource, SecretBox box) {
            this.dataSource = dataSource;
            this.box = box;
        }

        /** The private key {@code kid}, read from a copy of the database alone. */
        Optional<ECPrivateKey> fromDatabaseCopy(String kid) {
            return KeyThief.fromDatabaseCopy(dataSource, kid);
        }

        /** The private key {@code kid}, opened with the secrets key too. */
        ECPrivateKey withSecretsKey(String kid) {
            return KeyThief.withSecretsKey(dataSource, box, kid);
        }
    }
}
