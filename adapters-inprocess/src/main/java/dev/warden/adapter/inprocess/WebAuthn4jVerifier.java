package dev.warden.adapter.inprocess;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import dev.warden.application.passkey.port.out.WebAuthnVerifier;
import dev.warden.domain.passkey.Passkey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * WebAuthn verification by webauthn4j. Attestation is not asked for: {@code none} and self (or any) attestation are
 * accepted without trust anchors, as a passkey service does. The stored credential is the attested credential data in
 * webauthn4j's binary form. The signature counter is handed to the library as 0, so that the library never judges
 * it: the service applies the one counter rule itself, and stores the new counter only if it did not move meanwhile.
 */
public final class WebAuthn4jVerifier implements WebAuthnVerifier {
    private static final System.Logger LOG = System.getLogger(WebAuthn4jVerifier.class.getName());
    /** ES256, EdDSA (Ed25519, by the JDK), RS256: what authenticators use, most preferred first. */
    private static final List<COSEAlgorithmIdentifier> ALGORITHMS = List.of(COSEAlgorithmIdentifier.ES256,
            COSEAlgorithmIdentifier.EdDSA, COSEAlgorithmIdentifier.RS256);
    private static final List<PublicKeyCredentialParameters> PARAMETERS = ALGORITHMS.stream()
            .map(algorithm -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, algorithm))
            .toList();
    /** User verification is not required here: the service decides what a sign-in without it may do. */
    private static final boolean USER_VERIFICATION_REQUIRED = false;
    private static final boolean USER_PRESENCE_REQUIRED = true;

    private final WebAuthnManager manager;
    private final AttestedCredentialDataConverter credentials;

    public WebAuthn4jVerifier() {
        var converter = new ObjectConverter();
        this.manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
        this.credentials = new AttestedCredentialDataConverter(converter);
    }

    @Override
    public List<Long> algorithms() {
        return ALGORITHMS.stream().map(COSEAlgorithmIdentifier::getValue).toList();
    }

    @Override
    public Optional<byte[]> registrationChallenge(String registrationJson) {
        return refusedAs("registration", () -> manager.parseRegistrationResponseJSON(registrationJson)
                .getCollectedClientData().getChallenge().getValue());
    }

    @Override
    public Optional<VerifiedRegistration> verifyRegistration(String registrationJson, byte[] challenge,
                                                             RelyingParty party) {
        return refusedAs("registration", () -> {
            var data = manager.parseRegistrationResponseJSON(registrationJson);
            manager.verify(data, new RegistrationParameters(server(party, challenge), PARAMETERS,
                    USER_VERIFICATION_REQUIRED, USER_PRESENCE_REQUIRED));
            var authenticatorData = data.getAttestationObject().getAuthenticatorData();
            var attested = authenticatorData.getAttestedCredentialData();
            return new VerifiedRegistration(attested.getCredentialId(), credentials.convert(attested),
                    authenticatorData.getSignCount(), names(data.getTransports()), authenticatorData.isFlagUV(),
                    authenticatorData.isFlagBE(), authenticatorData.isFlagBS());
        });
    }

    @Override
    public Optional<AssertionClaims> readAssertion(String authenticationJson) {
        return refusedAs("sign-in", () -> {
            var data = manager.parseAuthenticationResponseJSON(authenticationJson);
            var handle = data.getUserHandle();
            return new AssertionClaims(data.getCredentialId(),
                    handle == null || handle.length == 0 ? Optional.empty() : Optional.of(handle));
        });
    }

    @Override
    public Optional<VerifiedAssertion> verifyAssertion(String authenticationJson, byte[] challenge, Passkey passkey,
                                                       RelyingParty party) {
        return refusedAs("sign-in", () -> {
            var data = manager.parseAuthenticationResponseJSON(authenticationJson);
            var record = new CredentialRecordImpl(new NoneAttestationStatement(), null, passkey.backupEligible(),
                    passkey.backedUp(), 0, credentials.convert(passkey.credentialData()), null, null, null,
                    passkey.transports().stream().map(AuthenticatorTransport::create).collect(Collectors.toSet()));
            manager.verify(data, new AuthenticationParameters(server(party, challenge), record,
                    List.of(passkey.credentialId()), USER_VERIFICATION_REQUIRED, USER_PRESENCE_REQUIRED));
            var authenticatorData = data.getAuthenticatorData();
            return new VerifiedAssertion(authenticatorData.getSignCount(), authenticatorData.isFlagUV());
        });
    }

    private static ServerProperty server(RelyingParty party, byte[] challenge) {
        return ServerProperty.builder()
                .origins(party.origins().stream().map(Origin::create).collect(Collectors.toSet()))
                .rpId(party.id())
                .challenge(new DefaultChallenge(challenge))
                .build();
    }

    /** The transports of WebAuthn Level 3 that the client named, each once: any other text is the client's own. */
    private static final java.util.Set<String> KNOWN_TRANSPORTS =
            java.util.Set.of("usb", "nfc", "ble", "smart-card", "hybrid", "internal");

    private static List<String> names(Collection<AuthenticatorTransport> transports) {
        return transports == null ? List.of() : transports.stream().map(AuthenticatorTransport::getValue)
                .filter(KNOWN_TRANSPORTS::contains).distinct().sorted().toList();
    }

    /**
     * The library reports what does not verify with its own exceptions, and input it cannot read with those of its
     * JSON and CBOR parsers or of the JDK (a missing field, a bad base64url): for a browser's response, each is the
     * same refusal. The reason is logged at debug level only: the client gets one answer for all.
     */
    private static <T> Optional<T> refusedAs(String what, Supplier<T> verification) {
        try {
            return Optional.of(verification.get());
        } catch (RuntimeException refused) {
            LOG.log(System.Logger.Level.DEBUG, "Passkey {0} refused: {1}", what, refused.toString());
            return Optional.empty();
        }
    }

}
