package dev.warden.adapter.inprocess.webauthn;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.authenticator.EdDSACOSEKey;
import com.webauthn4j.data.attestation.statement.AttestationStatement;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.attestation.statement.PackedAttestationStatement;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionAuthenticatorOutput;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An authenticator in software, for tests: a key pair from the JDK (ES256 on P-256, or Ed25519), authenticator data
 * and attestation objects in CBOR by webauthn4j's converters, client data as real JSON, and every signature really
 * made over {@code authenticatorData || SHA-256(clientDataJSON)}. It answers with the JSON a browser sends
 * ({@code RegistrationResponseJSON}, {@code AuthenticationResponseJSON}). Its counter grows by one per signature,
 * unless it keeps none; a {@link #cloned()} copy holds the same key with a counter of its own.
 */
public final class SoftwareAuthenticator {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final byte UP = AuthenticatorData.BIT_UP;
    private static final byte UV = AuthenticatorData.BIT_UV;
    private static final byte AT = AuthenticatorData.BIT_AT;

    public enum Attestation { NONE, PACKED_SELF }

    private final KeyPair keys;
    private final COSEAlgorithmIdentifier algorithm;
    private final byte[] credentialId;
    private final AtomicLong counter;
    private final boolean counting;
    private final String origin;
    private volatile byte[] userHandle = new byte[0];

    private SoftwareAuthenticator(KeyPair keys, COSEAlgorithmIdentifier algorithm, byte[] credentialId, long counter,
                                  boolean counting, String origin) {
        this.keys = keys;
        this.algorithm = algorithm;
        this.credentialId = credentialId;
        this.counter = new AtomicLong(counter);
        this.counting = counting;
        this.origin = origin;
    }

    /** An ES256 authenticator on pages of {@code origin}, with a counter. */
    public static SoftwareAuthenticator es256(String origin) {
        return create("EC", new ECGenParameterSpec("secp256r1"), COSEAlgorithmIdentifier.ES256, true, origin);
    }

    /** An ES256 authenticator that keeps no counter (always 0), as many platform passkeys do. */
    public static SoftwareAuthenticator es256WithoutCounter(String origin) {
        return create("EC", new ECGenParameterSpec("secp256r1"), COSEAlgorithmIdentifier.ES256, false, origin);
    }

    /** An Ed25519 (EdDSA) authenticator with a counter. */
    public static SoftwareAuthenticator ed25519(String origin) {
        return create("Ed25519", null, COSEAlgorithmIdentifier.EdDSA, true, origin);
    }

    private static SoftwareAuthenticator create(String keyType, ECGenParameterSpec curve,
                                                COSEAlgorithmIdentifier algorithm, boolean counting, String origin) {
        try {
            var generator = KeyPairGenerator.getInstance(keyType);
            if (curve != null) {
                generator.initialize(curve);
            }
            var credentialId = new byte[32];
            new SecureRandom().nextBytes(credentialId);
            return new SoftwareAuthenticator(generator.generateKeyPair(), algorithm, credentialId, 0, counting, origin);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same key and credential id in another authenticator, whose counter starts where this one's is now. */
    public SoftwareAuthenticator cloned() {
        var copy = new SoftwareAuthenticator(keys, algorithm, credentialId, counter.get(), counting, origin);
        copy.userHandle = userHandle;
        return copy;
    }

    /** An impostor: the same credential id and user handle, but a key of its own (its signatures cannot verify). */
    public SoftwareAuthenticator impostor() {
        var other = algorithm == COSEAlgorithmIdentifier.EdDSA ? ed25519(origin) : es256(origin);
        var copy = new SoftwareAuthenticator(other.keys, algorithm, credentialId, counter.get() + 100, counting, origin);
        copy.userHandle = userHandle;
        return copy;
    }

    /**
     * The assertion with its authenticator data's flags changed after signing (the user-verification bit set), as a
     * client that lies about what the authenticator did would send it.
     */
    public static String withUserVerifiedClaimed(String assertionJson) {
        var matcher = java.util.regex.Pattern.compile("\"authenticatorData\":\"([A-Za-z0-9_-]+)\"").matcher(assertionJson);
        if (!matcher.find()) {
            throw new IllegalArgumentException("not an assertion");
        }
        var data = java.util.Base64.getUrlDecoder().decode(matcher.group(1));
        data[32] |= UV; // flags follow the 32-byte rpIdHash
        return assertionJson.replace(matcher.group(1), B64URL.encodeToString(data));
    }

    public byte[] credentialId() {
        return credentialId.clone();
    }

    public String credentialIdText() {
        return B64URL.encodeToString(credentialId);
    }

    public long counter() {
        return counter.get();
    }

    /** Registers with user verification and no attestation, on the authenticator's own origin. */
    public String register(byte[] challenge, String rpId, byte[] userHandle) {
        return register(challenge, rpId, userHandle, Attestation.NONE, origin, true);
    }

    /** The RegistrationResponseJSON of {@code navigator.credentials.create()} for these options. */
    public String register(byte[] challenge, String rpId, byte[] userHandle, Attestation attestation,
                           String pageOrigin, boolean userVerified) {
        this.userHandle = userHandle.clone();
        var clientData = clientData("webauthn.create", challenge, pageOrigin);
        var attested = new AttestedCredentialData(AAGUID.ZERO, credentialId, coseKey());
        var authenticatorData = new AuthenticatorData<RegistrationExtensionAuthenticatorOutput>(sha256(rpId),
                (byte) (UP | AT | (userVerified ? UV : 0)), nextCount(), attested);
        var authenticatorBytes = new AuthenticatorDataConverter(CONVERTER).convert(authenticatorData);
        AttestationStatement statement = switch (attestation) {
            case NONE -> new NoneAttestationStatement();
            case PACKED_SELF -> new PackedAttestationStatement(algorithm, sign(authenticatorBytes, clientData), null);
        };
        var attestationObject = new AttestationObjectConverter(CONVERTER)
                .convertToBytes(new AttestationObject(authenticatorData, statement));
        return """
                {"id":"%s","rawId":"%s","type":"public-key","authenticatorAttachment":"platform",\
                "response":{"clientDataJSON":"%s","attestationObject":"%s","transports":["internal","hybrid"]},\
                "clientExtensionResults":{}}""".formatted(credentialIdText(), credentialIdText(),
                B64URL.encodeToString(clientData), B64URL.encodeToString(attestationObject));
    }

    /** Signs in with user verification on the authenticator's own origin, sending the user handle. */
    public String assertion(byte[] challenge, String rpId) {
        return assertion(challenge, rpId, origin, true, true);
    }

    /** The AuthenticationResponseJSON of {@code navigator.credentials.get()} for this challenge. */
    public String assertion(byte[] challenge, String rpId, String pageOrigin, boolean userVerified,
                            boolean withUserHandle) {
        var clientData = clientData("webauthn.get", challenge, pageOrigin);
        var authenticatorData = new AuthenticatorData<AuthenticationExtensionAuthenticatorOutput>(sha256(rpId),
                (byte) (UP | (userVerified ? UV : 0)), nextCount());
        var authenticatorBytes = new AuthenticatorDataConverter(CONVERTER).convert(authenticatorData);
        var handle = withUserHandle && userHandle.length > 0 ? "\"" + B64URL.encodeToString(userHandle) + "\"" : "null";
        return """
                {"id":"%s","rawId":"%s","type":"public-key","authenticatorAttachment":"platform",\
                "response":{"clientDataJSON":"%s","authenticatorData":"%s","signature":"%s","userHandle":%s},\
                "clientExtensionResults":{}}""".formatted(credentialIdText(), credentialIdText(),
                B64URL.encodeToString(clientData), B64URL.encodeToString(authenticatorBytes),
                B64URL.encodeToString(sign(authenticatorBytes, clientData)), handle);
    }

    private long nextCount() {
        return counting ? counter.incrementAndGet() : 0;
    }

    private COSEKey coseKey() {
        return switch (keys.getPublic()) {
            case ECPublicKey ec -> EC2COSEKey.create(ec, algorithm);
            case EdECPublicKey ed -> EdDSACOSEKey.create(ed, algorithm);
            default -> throw new IllegalStateException("no COSE key for " + keys.getPublic().getAlgorithm());
        };
    }

    private static byte[] clientData(String type, byte[] challenge, String pageOrigin) {
        return """
                {"type":"%s","challenge":"%s","origin":"%s","crossOrigin":false}"""
                .formatted(type, B64URL.encodeToString(challenge), pageOrigin).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sign(byte[] authenticatorData, byte[] clientData) {
        try {
            var signed = new ByteArrayOutputStream();
            signed.writeBytes(authenticatorData);
            signed.writeBytes(MessageDigest.getInstance("SHA-256").digest(clientData));
            var signature = Signature.getInstance(keys.getPublic() instanceof ECPublicKey ? "SHA256withECDSA" : "Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(signed.toByteArray());
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
