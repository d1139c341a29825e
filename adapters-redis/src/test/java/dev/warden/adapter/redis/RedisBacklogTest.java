package dev.warden.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes kept while this process cannot reach Redis, made once it can: through a relay the test cuts. */
class RedisBacklogTest {
    private TestRedis redis;

    @BeforeEach
    void connect() {
        redis = TestRedis.connect();
    }

    @AfterEach
    void disconnect() {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void whatWaitsIsWrittenOldestFirstOnceRedisAnswersAndTheOldestBeyondTheLimitIsDropped() throws Exception {
        var key = redis.prefix + "backlog";
        List<String> written = new CopyOnWriteArrayList<>();
        try (var away = redis.relayed()) {
            away.connector().call(commands -> commands.ping());
            away.relay().cut();
            var backlog = new RedisBacklog<String>("items", away.connector(), 2, (commands, item) -> {
                commands.rpush(key, item);
                written.add(item);
            });

            backlog.add("first");
            backlog.add("second");
            backlog.add("third");
            Thread.sleep(2 * RedisBacklog.RETRY_EVERY.toMillis()); // tries while Redis is away write nothing
            assertThat(written).isEmpty();
            assertThat(backlog.size()).isEqualTo(2);

            away.relay().restore();
            await("written", () -> backlog.size() == 0);
            List<String> inRedis = redis.connector.call(commands -> commands.lrange(key, 0, -1));
            assertThat(inRedis).containsExactly("second", "third");

            backlog.add("fourth"); // a new drain starts for what comes later
            await("written too", () -> written.contains("fourth"));
            assertThat(written).containsExactly("second", "third", "fourth");
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 20 s: " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
