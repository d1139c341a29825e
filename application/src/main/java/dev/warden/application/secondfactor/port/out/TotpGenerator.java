package dev.warden.application.secondfactor.port.out;

/** RFC 6238 codes (HMAC-SHA1, six digits, 30-second steps) from a maintained implementation, never hand-written. */
public interface TotpGenerator {

    /** A new random shared secret, base-32 encoded (RFC 4648), at least 160 bits (RFC 4226 §4). */
    String newSecret();

    /** The base-32 form (RFC 4648) of a shared secret given as raw bytes, as {@link #newSecret} writes one. */
    String base32(byte[] rawSecret);

    /** The code of {@code base32Secret} at time step {@code step}. */
    String codeAt(String base32Secret, long step);

    /** The {@code otpauth://totp/...} URI that authenticator apps read (from a QR code or pasted). */
    String uri(String base32Secret, String issuer, String accountName);

    /** The same URI as a QR code, a PNG image. */
    byte[] qrPng(String base32Secret, String issuer, String accountName);
}
