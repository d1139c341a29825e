package dev.warden.adapter.inprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.adapter.memory.InMemoryChangeNotices;
import dev.warden.adapter.memory.InMemoryRevokedAccessTokens;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.MutableClock;
import dev.warden.application.shared.port.out.MutedChangeNotices;
import dev.warden.application.token.port.out.CountingRevokedAccessTokens;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.application.token.port.out.RevokedAccessTokensContract;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Revocations kept in memory by each of two instances over one durable store, told of each other's revocations. */
class SharedCachedRevokedAccessTokensTest extends RevokedAccessTokensContract {
    private static final Duration RELOAD = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T00:00:00Z"));
    private final CountingRevokedAccessTokens durable = new CountingRevokedAccessTokens(new InMemoryRevokedAccessTokens());
    private final InMemoryChangeNotices notices = new InMemoryChangeNotices();
    private final LocalCachedRevokedAccessTokens here =
            new LocalCachedRevokedAccessTokens(durable, notices, clock, RELOAD);

    @Override
    protected RevokedAccessTokens revocations() {
        return here;
    }

    @Override
    protected UserId storedUser() {
        return new UserId(UUID.randomUUID());
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 5 s: " + what).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private Instant inAnHour() {
        return clock.now().plus(Duration.ofHours(1));
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    @Test
    void onceFilledAnInstanceHearsTheOthersRevocationsAndAsksTheDurableStoreNothing() {
        var there = new LocalCachedRevokedAccessTokens(durable, notices, clock, RELOAD);
        await("both filled", () -> here.complete() && there.complete());
        var token = token();
        int checksBefore = durable.checks.get();

        there.revoke(token, storedUser(), inAnHour());

        assertThat(here.isRevoked(token)).isTrue();
        assertThat(here.isRevoked(token())).isFalse();
        assertThat(durable.checks.get()).isEqualTo(checksBefore);
    }

    @Test
    void whileNoticesMayBeMissedEveryCheckAsksTheDurableStore() {
        await("filled", here::complete);
        notices.interrupt();
        var lost = token();
        durable.revoke(lost, storedUser(), inAnHour()); // by another instance, its notice lost

        assertThat(here.complete()).isFalse();
        assertThat(here.isRevoked(lost)).isTrue();
        assertThat(durable.checks.get()).isEqualTo(1);

        notices.reconnect();
        await("filled again", here::complete);
        assertThat(here.isRevoked(lost)).isTrue();
        assertThat(durable.checks.get()).as("known here now").isEqualTo(1);
    }

    @Test
    void aRevocationWhoseNoticeWasLostCountsFromTheNextFill() {
        await("filled", here::complete);
        var lost = token();
        durable.revoke(lost, storedUser(), inAnHour());
        assertThat(here.isRevoked(lost)).as("not heard of, by design").isFalse();

        clock.advance(RELOAD.plusSeconds(1));
        here.isRevoked(token()); // due: a fill starts

        await("filled again", () -> durable.fills.get() == 2);
        await("known", () -> here.isRevoked(lost));
    }

    @Test
    void aFillBegunBeforeAnInterruptionIsNotBelieved() throws InterruptedException {
        var store = new CountingRevokedAccessTokens(new InMemoryRevokedAccessTokens());
        var channel = new InMemoryChangeNotices();
        store.gate = new CountDownLatch(1);
        var late = new LocalCachedRevokedAccessTokens(store, channel, clock, RELOAD);
        await("its first fill has read", () -> store.snapshots.get() == 1);
        channel.interrupt();
        var lost = token();
        store.revoke(lost, storedUser(), inAnHour()); // not in that snapshot, and its notice lost
        channel.reconnect(); // a fill is under way: no second one yet

        store.gate.countDown();
        await("the first fill handed over", () -> store.fills.get() == 1);
        Thread.sleep(100); // for the fill to settle what it read, which must not be believed

        assertThat(late.isRevoked(lost)).isTrue();
        await("filled again, after a check", () -> {
            late.isRevoked(token());
            return late.complete();
        });
        assertThat(store.fills.get()).isEqualTo(2);
        assertThat(late.isRevoked(lost)).isTrue();
    }

    @Test
    void aRevocationOtherInstancesCannotBeToldOfIsNotAcknowledged() {
        var mutedChannel = new MutedChangeNotices(notices);
        var there = new LocalCachedRevokedAccessTokens(durable, mutedChannel, clock, RELOAD);
        await("both filled", () -> here.complete() && there.complete());
        var token = token();
        mutedChannel.muted = true;

        // Acknowledged, this would be the attack: logged out, yet the token still opens the other instance for a while.
        assertThatThrownBy(() -> there.revoke(token, storedUser(), inAnHour()))
                .isInstanceOf(BackingServiceUnavailable.class);

        assertThat(durable.isRevoked(token)).as("stored all the same").isTrue();
        assertThat(there.isRevoked(token)).as("refused where it was made").isTrue();
    }

    @Test
    void aRevocationThatCannotBeStoredCountsWhereverItIsHeardAndIsReported() {
        var unstorable = new CountingRevokedAccessTokens(new InMemoryRevokedAccessTokens());
        var there = new LocalCachedRevokedAccessTokens(unstorable, notices, clock, RELOAD);
        await("both filled", () -> here.complete() && there.complete());
        var token = token();
        unstorable.away = true;

        assertThatThrownBy(() -> there.revoke(token, storedUser(), inAnHour()))
                .isInstanceOf(BackingServiceUnavailable.class);

        assertThat(there.isRevoked(token)).isTrue();
        assertThat(here.isRevoked(token)).isTrue();
    }

    @Test
    void theTimeBetweenFillsMustBePositive() {
        assertThatThrownBy(() -> new LocalCachedRevokedAccessTokens(durable, notices, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
