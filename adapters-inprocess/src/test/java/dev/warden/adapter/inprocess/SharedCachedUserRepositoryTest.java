package dev.warden.adapter.inprocess;

import static dev.warden.application.account.port.out.TestUsers.storedIn;
import static dev.warden.application.account.port.out.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.adapter.memory.InMemoryChangeNotices;
import dev.warden.adapter.memory.InMemoryUserRepository;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.port.out.UserRepositoryContract;
import dev.warden.application.shared.port.out.MutableClock;
import dev.warden.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Accounts cached by each of two instances over one durable store, told of each other's writes. */
class SharedCachedUserRepositoryTest extends UserRepositoryContract {
    private static final Duration TTL = Duration.ofSeconds(30);

    private final InMemoryUserRepository durable = new InMemoryUserRepository();
    private final InMemoryChangeNotices changes = new InMemoryChangeNotices();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T00:00:00Z"));
    private final LocalCachedUserRepository here = new LocalCachedUserRepository(durable, changes, clock, TTL);
    private final LocalCachedUserRepository there = new LocalCachedUserRepository(durable, changes, clock, TTL);

    @Override
    protected UserRepository repository() {
        return here;
    }

    private User stored() {
        return storedIn(durable, "shared");
    }

    @Test
    void aWriteOfOneInstanceIsSeenByTheOtherAtItsNextRead() {
        var user = stored();
        assertThat(there.findById(user.id())).contains(user);

        here.markEmailVerified(user.id());

        assertThat(there.findById(user.id()).orElseThrow().emailVerified()).isTrue();
        here.delete(user.id());
        assertThat(there.findById(user.id())).isEmpty();
    }

    @Test
    void aCachedAccountIsReadWithoutTheDurableStoreUntilItsTimeIsUp() {
        var user = stored();
        assertThat(here.findById(user.id())).contains(user);
        durable.markEmailVerified(user.id()); // a write whose notice was lost

        clock.advance(TTL.minusSeconds(1));
        assertThat(here.findById(user.id()).orElseThrow().emailVerified()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(here.findById(user.id()).orElseThrow().emailVerified()).isTrue();
    }

    @Test
    void nothingIsCachedWhileNoticesMayBeMissedAndAllIsDroppedWhenTheyFlowAgain() {
        var user = stored();
        assertThat(here.findById(user.id())).contains(user);

        changes.interrupt();
        durable.markEmailVerified(user.id());
        assertThat(here.findById(user.id()).orElseThrow().emailVerified())
                .as("dropped when interrupted").isTrue();
        durable.recordLogin(user.id(), Instant.parse("2026-12-06T01:00:00Z"));
        assertThat(here.findById(user.id()).orElseThrow().lastLogin())
                .as("not cached while interrupted").contains(Instant.parse("2026-12-06T01:00:00Z"));

        changes.reconnect();
        assertThat(here.findById(user.id()).orElseThrow().lastLogin()).isPresent();
        durable.replacePasswordHash(user.id(), "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA");
        assertThat(here.findById(user.id()).orElseThrow().passwordHash())
                .as("cached again once notices flow").isNotEqualTo(durable.findById(user.id()).orElseThrow()
                        .passwordHash());
    }

    @Test
    void aCacheTimeMustBePositive() {
        assertThatThrownBy(() -> new LocalCachedUserRepository(durable, changes, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
