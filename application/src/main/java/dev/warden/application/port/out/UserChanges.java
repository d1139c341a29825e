package dev.warden.application.port.out;

import dev.warden.domain.user.UserId;

/**
 * Notices of changed accounts, shared by every instance of the service, so that an instance which keeps accounts
 * in memory drops one that another instance has changed. Delivery is best effort: notices sent while the channel
 * is down are lost, and the listener is told when that may have happened.
 */
public interface UserChanges {

    /**
     * Tells every listening instance, this one included, that the account changed; called after the change is
     * stored. Never fails the change: a notice that cannot be sent is logged and dropped.
     */
    void announce(UserId id);

    /** Delivers every notice from now on to {@code listener}, and what becomes of the channel. */
    void listen(Listener listener);

    interface Listener {

        /** Another instance, or this one, changed the account. */
        void changed(UserId id);

        /** Notices are delivered from now on (the first time, and again after an interruption). */
        void connected();

        /** Notices may be missed from now on, until {@link #connected()}. */
        void interrupted();
    }
}
