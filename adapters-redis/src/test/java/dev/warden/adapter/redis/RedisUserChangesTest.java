package dev.warden.adapter.redis;

import static dev.warden.application.port.out.TestUsers.unique;
import static dev.warden.application.port.out.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.memory.InMemoryUserRepository;
import dev.warden.adapter.memory.LocalCachedUserRepository;
import dev.warden.application.port.out.UserChanges;
import dev.warden.application.port.out.UserChangesContract;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisUserChangesTest extends UserChangesContract {
    private TestRedis redis;
    private final List<RedisUserChanges> opened = new ArrayList<>();
    private RedisUserChanges changes;
    private RedisUserChanges another;

    @BeforeEach
    void connect() {
        redis = TestRedis.connect();
        changes = open(redis.prefix);
        another = open(redis.prefix);
    }

    private RedisUserChanges open(String prefix) {
        var instance = new RedisUserChanges(redis.client, redis.connector, prefix);
        opened.add(instance);
        return instance;
    }

    @AfterEach
    void disconnect() {
        opened.forEach(RedisUserChanges::close);
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected UserChanges changes() {
        return changes;
    }

    @Override
    protected UserChanges changesOfAnotherInstance() {
        return another;
    }

    @Test
    void servicesWithAnotherKeyPrefixDoNotHearEachOther() {
        var ours = new Recording();
        var theirs = new Recording();
        changes.listen(ours);
        open("warden-test:" + UUID.randomUUID() + ":").listen(theirs);
        await("both connected", () -> ours.connected.get() == 1 && theirs.connected.get() == 1);

        var id = new UserId(UUID.randomUUID());
        changes.announce(id);

        await("heard", () -> ours.changed.contains(id));
        assertThat(theirs.changed).isEmpty();
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
        var id = new UserId(UUID.randomUUID());
        another.announce(id);
        await("heard after the cut", () -> listener.changed.contains(id));
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
}
