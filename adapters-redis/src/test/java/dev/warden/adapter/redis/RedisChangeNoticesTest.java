package dev.warden.adapter.redis;

import static dev.warden.application.account.port.out.TestUsers.unique;
import static dev.warden.application.account.port.out.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.adapter.inprocess.LocalCachedRevokedAccessTokens;
import dev.warden.adapter.inprocess.LocalCachedUserRepository;
import dev.warden.adapter.memory.InMemoryRevokedAccessTokens;
import dev.warden.adapter.memory.InMemoryUserRepository;
import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.ChangeNotices.AccountChanged;
import dev.warden.application.shared.port.out.ChangeNotices.TokenRevoked;
import dev.warden.application.shared.port.out.ChangeNotices;
import dev.warden.application.shared.port.out.ChangeNoticesContract;
import dev.warden.application.token.port.out.CountingRevokedAccessTokens;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisChangeNoticesTest extends ChangeNoticesContract {
    private TestRedis redis;
    private final List<RedisChangeNotices> opened = new ArrayList<>();
    private RedisChangeNotices changes;
    private RedisChangeNotices another;

    @BeforeEach
    void connect() {
        redis = TestRedis.connect();
        changes = open(redis.prefix);
        another = open(redis.prefix);
    }

    private RedisChangeNotices open(String prefix) {
        var instance = new RedisChangeNotices(redis.client, redis.connector, prefix);
        opened.add(instance);
        return instance;
    }

    @AfterEach
    void disconnect() {
        opened.forEach(RedisChangeNotices::close);
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected ChangeNotices notices() {
        return changes;
    }

    @Override
    protected ChangeNotices noticesOfAnotherInstance() {
        return another;
    }

    @Test
    void servicesWithAnotherKeyPrefixDoNotHearEachOther() {
        var ours = new Recording();
        var theirs = new Recording();
        changes.listen(ours);
        open("warden-test:" + UUID.randomUUID() + ":").listen(theirs);
        await("both connected", () -> ours.connected.get() == 1 && theirs.connected.get() == 1);

        var notice = new AccountChanged(new UserId(UUID.randomUUID()));
        changes.announce(notice);

        await("heard", () -> ours.heard.contains(notice));
        assertThat(theirs.heard).isEmpty();
    }

    @Test
    void aCutSubscriptionIsReportedAndMadeAgainByItself() {
        var listener = new Recording();
        changes.listen(listener);
        await("connected", () -> listener.connected.get() == 1);

        long killed = redis.connector.call(commands -> commands.clientKill(
                io.lettuce.core.KillArgs.Builder.id(changes.firstClientId())));

        assertThat(killed).isEqualTo(1);
        await("interrupted", () -> listener.interrupted.get() == 1);
        await("subscribed again", () -> listener.connected.get() == 2);
        var notice = new AccountChanged(new UserId(UUID.randomUUID()));
        another.announce(notice);
        await("heard after the cut", () -> listener.heard.contains(notice));
    }

    @Test
    void twoInstancesCachingAccountsSeeEachOthersWrites() {
        var durable = new InMemoryUserRepository();
        var ttl = Duration.ofMinutes(5);
        var here = new LocalCachedUserRepository(durable, changes, Instant::now, ttl);
        var there = new LocalCachedUserRepository(durable, another, Instant::now, ttl);
        await("both subscribed", () -> changes.subscribed() && another.subscribed());
        var name = unique("redis-shared");
        var user = user(name, name + "@example.com");
        here.add(user);
        assertThat(there.findById(user.id())).contains(user);

        here.markEmailVerified(user.id());

        await("the other instance reads the change", () -> there.findById(user.id()).orElseThrow().emailVerified());
    }

    @Test
    void aTokenRevokedByOneInstanceIsRefusedByTheOtherFromMemory() {
        var counted = new CountingRevokedAccessTokens(new InMemoryRevokedAccessTokens());
        var checks = counted.checks;
        var here = new LocalCachedRevokedAccessTokens(counted, changes, Instant::now, Duration.ofMinutes(5));
        var there = new LocalCachedRevokedAccessTokens(counted, another, Instant::now, Duration.ofMinutes(5));
        var token = UUID.randomUUID().toString();
        await("both filled", () -> checksStopAt(checks, here, there, token));

        here.revoke(token, new UserId(UUID.randomUUID()), Instant.now().plusSeconds(3600));

        int before = checks.get();
        await("heard by the other", () -> there.isRevoked(token));
        assertThat(checks.get()).as("answered from memory").isEqualTo(before);
    }

    /** True when a check of each instance asks the durable store nothing (both hold every revocation). */
    private static boolean checksStopAt(java.util.concurrent.atomic.AtomicInteger checks,
                                        LocalCachedRevokedAccessTokens here, LocalCachedRevokedAccessTokens there,
                                        String token) {
        int before = checks.get();
        here.isRevoked(token);
        there.isRevoked(token);
        return checks.get() == before;
    }

    @Test
    void aNoticeThatCannotGoOutIsSentOnceRedisAnswersAgain() throws Exception {
        var listener = new Recording();
        another.listen(listener);
        await("connected", () -> listener.connected.get() >= 1);
        try (var away = redis.relayed()) {
            var cutOff = new RedisChangeNotices(away.client(), away.connector(), redis.prefix);
            opened.add(cutOff);
            var first = new AccountChanged(new UserId(UUID.randomUUID()));
            assertThat(cutOff.announce(first)).isTrue();
            await("heard", () -> listener.heard.contains(first));
            away.relay().cut();
            var late = new TokenRevoked(UUID.randomUUID().toString(),
                    Instant.now().plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

            assertThat(cutOff.announce(late)).as("not sent now").isFalse();
            assertThat(cutOff.unsent()).isEqualTo(1);

            away.relay().restore();
            await("heard once that instance reaches Redis again", () -> listener.heard.contains(late));
            assertThat(cutOff.unsent()).isZero();
        }
    }

    /**
     * The soak's finding, end to end: one instance cannot reach Redis (its connections not yet back) while the other
     * does and relies on the revocations it holds in memory. A logout on the first must not be acknowledged, and
     * once that instance reaches Redis again the other hears of it.
     */
    @Test
    void aRevocationByAnInstanceThatLostRedisIsNotAcknowledgedAndReachesTheOthersOnceItIsBack() throws Exception {
        var durable = new CountingRevokedAccessTokens(new InMemoryRevokedAccessTokens());
        var there = new LocalCachedRevokedAccessTokens(
                new RedisCachedRevokedAccessTokens(durable, redis.connector, Instant::now, redis.prefix),
                another, Instant::now, Duration.ofMinutes(5));
        try (var away = redis.relayed()) {
            var cutOffNotices = new RedisChangeNotices(away.client(), away.connector(), redis.prefix);
            opened.add(cutOffNotices);
            var here = new LocalCachedRevokedAccessTokens(
                    new RedisCachedRevokedAccessTokens(durable, away.connector(), Instant::now, redis.prefix),
                    cutOffNotices, Instant::now, Duration.ofMinutes(5));
            var token = UUID.randomUUID().toString();
            await("both filled", () -> checksStopAt(durable.checks, here, there, token));
            away.relay().cut();

            // Acknowledged, this would be the attack: logged out, yet the token opens the other instance.
            assertThatThrownBy(() -> here.revoke(token, new UserId(UUID.randomUUID()), Instant.now().plusSeconds(600)))
                    .isInstanceOf(BackingServiceUnavailable.class);
            assertThat(here.isRevoked(token)).isTrue();

            away.relay().restore();
            await("the other instance hears of it", () -> there.isRevoked(token));
        }
    }

    @Test
    void messagesThatAreNotNoticesAreIgnored() {
        assertThat(RedisChangeNotices.parse("account not-a-uuid")).isEmpty();
        assertThat(RedisChangeNotices.parse("revoked soon abc")).isEmpty();
        assertThat(RedisChangeNotices.parse("revoked 1765000000000 ")).isEmpty();
        assertThat(RedisChangeNotices.parse("hello")).isEmpty();
        assertThat(RedisChangeNotices.parse("key ")).isEmpty();
        assertThat(RedisChangeNotices.parse("key 4d1f7a0c")).contains(new ChangeNotices.SigningKeyRotated("4d1f7a0c"));
        assertThat(RedisChangeNotices.parse("revoked 1765000000000 a token id"))
                .contains(new TokenRevoked("a token id", java.time.Instant.ofEpochMilli(1765000000000L)));
    }
}
