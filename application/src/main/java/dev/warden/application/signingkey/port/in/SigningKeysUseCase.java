package dev.warden.application.signingkey.port.in;

/**
 * The keys that sign and verify access tokens, for the token codec and the key set (JWKS). Every instance reads them
 * from the store again every 30 s, and at once when another instance announces a new key; the reader that finds the
 * rotation period over makes the next key (one wins when several do at once).
 */
public interface SigningKeysUseCase {

    /** The keys in force now; may read the store. */
    KeyRing inForce();

    /**
     * The keys in force, read again at once (at most once a second) when they hold no key {@code keyId}: a token
     * signed with the key that another instance has just made is accepted at once.
     */
    KeyRing inForceWith(String keyId);

    /** The keys as last read, without waiting for the store (for the event loop); a read is started when due. */
    KeyRing lastRead();
}
