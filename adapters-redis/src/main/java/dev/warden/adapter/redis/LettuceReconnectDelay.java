package dev.warden.adapter.redis;

import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micronaut.configuration.lettuce.AbstractRedisConfiguration;
import io.micronaut.configuration.lettuce.ClientResourcesMutator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Reconnect to Redis at most a second after it is back. Lettuce's default waits twice as long after each failed
 * attempt, up to 30 s: after an outage of a few seconds an instance could stay without Redis for several more while
 * the others already use it again (and every request that needs Redis answers 503 meanwhile).
 */
@Singleton
class LettuceReconnectDelay implements ClientResourcesMutator {
    static final Duration MOST = Duration.ofSeconds(1);

    @Override
    public void mutate(ClientResources.Builder builder, AbstractRedisConfiguration configuration) {
        builder.reconnectDelay(delay());
    }

    static Delay delay() {
        return Delay.exponential(Duration.ofMillis(10), MOST, 2, TimeUnit.MILLISECONDS);
    }
}
