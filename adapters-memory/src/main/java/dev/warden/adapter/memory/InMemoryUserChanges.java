package dev.warden.adapter.memory;

import dev.warden.application.port.out.UserChanges;
import dev.warden.domain.user.UserId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Notices of changed accounts between the listeners of one process (instances sharing a JVM, as in tests), handed
 * over at once. {@link #interrupt()} and {@link #reconnect()} play a channel that goes down and comes back: while
 * it is down, notices are lost.
 */
public final class InMemoryUserChanges implements UserChanges {
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean up = true;

    @Override
    public void announce(UserId id) {
        if (up) {
            listeners.forEach(listener -> listener.changed(id));
        }
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
        if (up) {
            listener.connected();
        }
    }

    public void interrupt() {
        up = false;
        listeners.forEach(Listener::interrupted);
    }

    public void reconnect() {
        up = true;
        listeners.forEach(Listener::connected);
    }
}
