package dev.warden.adapter.memory;

import dev.warden.application.shared.port.out.ChangeNotices;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Notices of changes between the listeners of one process (instances sharing a JVM, as in tests), handed
 * over at once. {@link #interrupt()} and {@link #reconnect()} play a channel that goes down and comes back: while
 * it is down, notices are lost.
 */
public final class InMemoryChangeNotices implements ChangeNotices {
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean up = true;

    @Override
    public boolean announce(Notice notice) {
        if (up) {
            listeners.forEach(listener -> listener.heard(notice));
        }
        return up;
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
