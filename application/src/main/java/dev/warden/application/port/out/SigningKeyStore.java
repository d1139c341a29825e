package dev.warden.application.port.out;

import java.util.Optional;

/** Keeps the token signing key so that every instance, and every restart, signs and verifies with the same one. */
public interface SigningKeyStore {

    /** The key in use for the algorithm, if one was ever stored. */
    Optional<SigningKey> current(String algorithm);

    /**
     * Stores {@code candidate} unless a key for its algorithm already exists, and returns the key in use
     * afterwards: the candidate, or the one another instance stored first.
     */
    SigningKey addIfAbsent(SigningKey candidate);
}
