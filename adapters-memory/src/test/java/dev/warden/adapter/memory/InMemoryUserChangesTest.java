package dev.warden.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.port.out.UserChanges;
import dev.warden.application.port.out.UserChangesContract;
import dev.warden.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryUserChangesTest extends UserChangesContract {
    private final InMemoryUserChanges bus = new InMemoryUserChanges();

    @Override
    protected UserChanges changes() {
        return bus;
    }

    @Override
    protected UserChanges changesOfAnotherInstance() {
        return bus;
    }

    @Test
    void noticesSentWhileInterruptedAreLostAndListenersAreToldOfBothEnds() {
        var listener = new Recording();
        bus.listen(listener);

        bus.interrupt();
        bus.announce(new UserId(UUID.randomUUID()));
        bus.reconnect();
        var after = new UserId(UUID.randomUUID());
        bus.announce(after);

        assertThat(listener.interrupted).hasValue(1);
        assertThat(listener.connected).hasValue(2);
        assertThat(listener.changed).containsExactly(after);
    }
}
