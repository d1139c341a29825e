package dev.warden.application.signingkey.port.out;

import java.util.List;

/**
 * Keeps the token signing keys, so that every instance, and every restart, signs and verifies with the same ones.
 * The keys of an algorithm succeed each other by generation; one generation has one key, whichever instance stored
 * it first. Private keys are kept as given (sealed by the caller); a key stored by an earlier version may be plain
 * until {@link #seal}.
 */
public interface SigningKeyStore {

    /** Every stored key of the algorithm, oldest (lowest generation) first. */
    List<SigningKey> keys(String algorithm);

    /**
     * Stores {@code candidate} unless a key of its algorithm and generation exists, and returns the key of that
     * generation afterwards: the candidate, or the one another instance stored first.
     */
    SigningKey addIfAbsent(SigningKey candidate);

    /**
     * Replaces the plain private key of {@code keyId} by {@code sealedPrivateKey}; false, and nothing changes, when
     * that key is sealed already (another instance was first) or gone.
     */
    boolean seal(String keyId, byte[] sealedPrivateKey);

    /** Forgets the key (one retired); nothing happens when there is none. */
    void remove(String keyId);
}
