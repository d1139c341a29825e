package dev.warden.application.shared.port.out;

import dev.warden.domain.user.UserId;
import java.time.Instant;

/**
 * Notices of changes, shared by every instance of the service, so that an instance which keeps part of the stored
 * state in memory (accounts, revocations, signing keys) learns at once what another instance changed. A sender
 * learns whether its notice went out; a listener is told when it may have missed some (its side of the channel
 * was down).
 */
public interface ChangeNotices {

    sealed interface Notice permits AccountChanged, TokenRevoked, SigningKeyRotated {}

    /** The account was written (any field) or deleted. */
    record AccountChanged(UserId id) implements Notice {}

    /** The access token was revoked; the revocation may be forgotten after {@code expiresAt} (to the millisecond). */
    record TokenRevoked(String tokenId, Instant expiresAt) implements Notice {}

    /** A new token signing key was stored: it signs from now on, and every instance is to read the keys again. */
    record SigningKeyRotated(String keyId) implements Notice {}

    /**
     * Tells every listening instance, this one included; called after the change is stored. Never throws: returns
     * whether the notice went out now. One that could not go out is sent again when the channel is back, if the
     * adapter can (Redis: while this process runs); until then other instances may not know of the change, so a
     * caller whose change must be in force everywhere at once (a revocation) reports the failure.
     */
    boolean announce(Notice notice);

    /** Delivers every notice from now on to {@code listener}, and what becomes of the channel. */
    void listen(Listener listener);

    interface Listener {

        /** A notice from another instance, or from this one. */
        void heard(Notice notice);

        /** Notices are delivered from now on (the first time, and again after an interruption). */
        void connected();

        /** Notices may be missed from now on, until {@link #connected()}. */
        void interrupted();
    }
}
