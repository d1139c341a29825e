package dev.warden.application.passkey.port.out;

import dev.warden.domain.passkey.Passkey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The cryptography of WebAuthn: reads the JSON a browser sends ({@code RegistrationResponseJSON},
 * {@code AuthenticationResponseJSON}) and verifies it against a challenge and the relying party. Every method answers
 * empty for anything malformed or that does not verify; the caller never learns which check failed.
 */
public interface WebAuthnVerifier {

    /** The COSE algorithm identifiers of the public keys this verifier checks, most preferred first. */
    List<Long> algorithms();

    /** The challenge that a registration response's client data carries. */
    Optional<byte[]> registrationChallenge(String registrationJson);

    /**
     * Verifies a registration response: type {@code webauthn.create}, {@code challenge}, one of the origins, the
     * relying party id's hash, user presence, an accepted algorithm, and the attestation statement ({@code none}, or
     * a self or other attestation whose signature holds; no trust anchors are checked).
     */
    Optional<VerifiedRegistration> verifyRegistration(String registrationJson, byte[] challenge, RelyingParty party);

    /** The credential id and the user handle (when the authenticator sent one) of an authentication response. */
    Optional<AssertionClaims> readAssertion(String authenticationJson);

    /**
     * Verifies an authentication response made with {@code passkey}: type {@code webauthn.get}, {@code challenge},
     * one of the origins, the relying party id's hash, user presence, and the signature by the passkey's public key.
     * The signature counter is answered, not judged (see {@code SignCounter}).
     */
    Optional<VerifiedAssertion> verifyAssertion(String authenticationJson, byte[] challenge, Passkey passkey,
                                                RelyingParty party);

    /** Who the credentials are for: the relying party id (a domain) and the origins its pages are served from. */
    record RelyingParty(String id, Set<String> origins) {
        public RelyingParty {
            Objects.requireNonNull(id, "id");
            origins = Set.copyOf(origins);
        }
    }

    /** A registration that verified: what is kept of the credential. */
    record VerifiedRegistration(byte[] credentialId, byte[] credentialData, long signCount, List<String> transports,
                                boolean userVerified, boolean backupEligible, boolean backedUp) {
        public VerifiedRegistration {
            credentialId = credentialId.clone();
            credentialData = credentialData.clone();
            transports = List.copyOf(transports);
        }

        @Override
        public byte[] credentialId() {
            return credentialId.clone();
        }

        @Override
        public byte[] credentialData() {
            return credentialData.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof VerifiedRegistration that && Arrays.equals(credentialId, that.credentialId)
                    && Arrays.equals(credentialData, that.credentialData) && signCount == that.signCount
                    && transports.equals(that.transports) && userVerified == that.userVerified
                    && backupEligible == that.backupEligible && backedUp == that.backedUp;
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(credentialId), signCount, transports);
        }

        @Override
        public String toString() {
            return "VerifiedRegistration[counter " + signCount + ", uv " + userVerified + "]";
        }
    }

    /** What an authentication response claims before it is verified. */
    record AssertionClaims(byte[] credentialId, Optional<byte[]> userHandle) {
        public AssertionClaims {
            credentialId = credentialId.clone();
            userHandle = userHandle.map(byte[]::clone);
        }

        @Override
        public byte[] credentialId() {
            return credentialId.clone();
        }

        @Override
        public Optional<byte[]> userHandle() {
            return userHandle.map(byte[]::clone);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AssertionClaims that && Arrays.equals(credentialId, that.credentialId)
                    && userHandle.isPresent() == that.userHandle.isPresent()
                    && Arrays.equals(userHandle.orElse(null), that.userHandle.orElse(null));
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(credentialId);
        }
    }

    /** An authentication response that verified: the authenticator's new counter and whether it verified the user. */
    record VerifiedAssertion(long signCount, boolean userVerified) {}
}
