package dev.warden.application.shared.port.out;

/**
 * Authenticated encryption of small secrets kept at rest (TOTP secrets, token signing keys), with the service's
 * secrets key. The {@code context} (for instance the owning user's id) is bound to the sealed bytes: they open only
 * under the same context, so that a sealed value copied to another row is useless.
 */
public interface SecretBox {

    byte[] seal(byte[] plaintext, String context);

    /** The plaintext; fails with {@link IllegalStateException} when the bytes were not sealed by this key and context. */
    byte[] open(byte[] sealed, String context);

    /**
     * A keyed fingerprint (HMAC-SHA256, hex) of {@code value} within {@code context}, for values that are stored to
     * be recognized, never read back, and too short to be safe as a plain hash (recovery codes): without the
     * secrets key, a copy of the database does not let anyone test guesses offline.
     */
    String fingerprint(String value, String context);
}
