package dev.warden.application.shared.port.out;

import dev.warden.domain.user.UserId;
import java.time.Instant;

/**
 * Notices of changes, shared by every instance of the service, so that an instance which keeps part of the stored
 * state in memory (accounts, revocations, signing keys) learns at once what another instance changed. Delivery is best effort:
 * notices sent while the channel is down are lost, and listeners are told when that may have happened.
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
     * Tells every listening instance, this one included; called after the change is stored. Never fails the
     * change: a notice that cannot be sent is logged and dropped.
     */
    void announce(Notice notice);

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
