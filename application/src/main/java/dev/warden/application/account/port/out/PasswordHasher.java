package dev.warden.application.account.port.out;

/** A slow, salted password hash in a self-describing encoded form (for example PHC strings). */
public interface PasswordHasher {

    String hash(String password);

    /** Constant-time check of a password against an encoded hash; false for a hash it cannot read. */
    boolean verify(String password, String encodedHash);

    /** True when the hash was made with other parameters than the current ones and should be replaced. */
    boolean needsRehash(String encodedHash);

    /**
     * A well-formed encoded hash at the current parameters that no password is known to match (a random salt and
     * a random digest, made without hashing). Verifying a password against it costs as much as against a real
     * hash, which is what a login of an unknown user is made to cost.
     */
    String decoyHash();
}
