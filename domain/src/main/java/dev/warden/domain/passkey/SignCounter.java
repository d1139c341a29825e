package dev.warden.domain.passkey;

/**
 * The signature counter rule (WebAuthn §6.1.1). An authenticator that keeps no counter always says 0; one that
 * does says more at every signature. When either the stored or the presented counter is not 0, the presented one
 * must be greater: otherwise two authenticators hold the same key (a clone) or an assertion is replayed.
 */
public final class SignCounter {
    /** Counters are unsigned 32-bit numbers. */
    public static final long MAX = 0xFFFF_FFFFL;

    private SignCounter() {}

    public static boolean accepts(long stored, long presented) {
        if (stored == 0 && presented == 0) {
            return true;
        }
        return presented > stored;
    }
}
