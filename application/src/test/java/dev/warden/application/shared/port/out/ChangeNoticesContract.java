package dev.warden.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.shared.port.out.ChangeNotices.AccountChanged;
import dev.warden.application.shared.port.out.ChangeNotices.Notice;
import dev.warden.application.shared.port.out.ChangeNotices.TokenRevoked;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ChangeNotices} must do. Each adapter's test extends this class. Notices may travel through a
 * server, so what is heard is awaited (for at most five seconds), never assumed at once.
 */
public abstract class ChangeNoticesContract {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** The channel as one instance of the service sees it. */
    protected abstract ChangeNotices notices();

    /** The same channel as another instance of the service sees it. */
    protected abstract ChangeNotices noticesOfAnotherInstance();

    /** A listener that writes down what it hears. */
    protected static final class Recording implements ChangeNotices.Listener {
        public Recording() {}

        public final List<Notice> heard = new CopyOnWriteArrayList<>();
        public final AtomicInteger connected = new AtomicInteger();
        public final AtomicInteger interrupted = new AtomicInteger();

        @Override
        public void heard(Notice notice) {
            heard.add(notice);
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
        notices().listen(listener);

        await("connected", () -> listener.connected.get() >= 1);
        assertThat(listener.interrupted).hasValue(0);
        assertThat(listener.heard).isEmpty();
    }

    @Test
    void everyInstanceHearsEveryNoticeInOrder() {
        var here = new Recording();
        var there = new Recording();
        notices().listen(here);
        noticesOfAnotherInstance().listen(there);
        await("both connected", () -> here.connected.get() >= 1 && there.connected.get() >= 1);
        var account = new AccountChanged(new UserId(UUID.randomUUID()));
        var revoked = new TokenRevoked(UUID.randomUUID().toString(), Instant.parse("2026-12-13T04:05:06.789Z"));
        var key = new ChangeNotices.SigningKeyRotated(UUID.randomUUID().toString());

        assertThat(notices().announce(account)).as("sent").isTrue();
        assertThat(noticesOfAnotherInstance().announce(revoked)).as("sent").isTrue();
        assertThat(notices().announce(key)).as("sent").isTrue();

        await("both heard three notices", () -> here.heard.size() >= 3 && there.heard.size() >= 3);
        assertThat(here.heard).containsExactly(account, revoked, key);
        assertThat(there.heard).containsExactly(account, revoked, key);
    }
}
