package dev.warden.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.shared.port.out.ChangeNotices.AccountChanged;
import dev.warden.application.shared.port.out.ChangeNotices;
import dev.warden.application.shared.port.out.ChangeNoticesContract;
import dev.warden.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryChangeNoticesTest extends ChangeNoticesContract {
    private final InMemoryChangeNotices bus = new InMemoryChangeNotices();

    @Override
    protected ChangeNotices notices() {
        return bus;
    }

    @Override
    protected ChangeNotices noticesOfAnotherInstance() {
        return bus;
    }

    @Test
    void noticesSentWhileInterruptedAreLostAndListenersAreToldOfBothEnds() {
        var listener = new Recording();
        bus.listen(listener);

        bus.interrupt();
        bus.announce(new AccountChanged(new UserId(UUID.randomUUID())));
        bus.reconnect();
        var after = new AccountChanged(new UserId(UUID.randomUUID()));
        bus.announce(after);

        assertThat(listener.interrupted).hasValue(1);
        assertThat(listener.connected).hasValue(2);
        assertThat(listener.heard).containsExactly(after);
    }
}
