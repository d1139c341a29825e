package dev.warden.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserChanges} must do. Each adapter's test extends this class. Notices may travel through a
 * server, so what is heard is awaited (for at most five seconds), never assumed at once.
 */
public abstract class UserChangesContract {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** The channel as one instance of the service sees it. */
    protected abstract UserChanges changes();

    /** The same channel as another instance of the service sees it. */
    protected abstract UserChanges changesOfAnotherInstance();

    /** A listener that writes down what it hears. */
    protected static final class Recording implements UserChanges.Listener {
        public Recording() {}

        public final List<UserId> changed = new CopyOnWriteArrayList<>();
        public final AtomicInteger connected = new AtomicInteger();
        public final AtomicInteger interrupted = new AtomicInteger();

        @Override
        public void changed(UserId id) {
            changed.add(id);
        }

        @Override
        public void connected() {
            connected.incrementAndGet();
        }

        @Override
        public void interrupted() {
            interrupted.incrementAndGet();
        }
    }

    protected static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }

    @Test
    void aListenerIsToldOnceNoticesAreDelivered() {
        var listener = new Recording();
        changes().listen(listener);

        await("connected", () -> listener.connected.get() >= 1);
        assertThat(listener.interrupted).hasValue(0);
        assertThat(listener.changed).isEmpty();
    }

    @Test
    void everyInstanceHearsEveryAnnouncedAccountInOrder() {
        var here = new Recording();
        var there = new Recording();
        changes().listen(here);
        changesOfAnotherInstance().listen(there);
        await("both connected", () -> here.connected.get() >= 1 && there.connected.get() >= 1);
        var first = new UserId(UUID.randomUUID());
        var second = new UserId(UUID.randomUUID());

        changes().announce(first);
        changesOfAnotherInstance().announce(second);

        await("both heard two notices", () -> here.changed.size() >= 2 && there.changed.size() >= 2);
        assertThat(here.changed).containsExactly(first, second);
        assertThat(there.changed).containsExactly(first, second);
    }
}
