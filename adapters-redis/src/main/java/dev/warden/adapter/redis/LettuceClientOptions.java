package dev.warden.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.TimeoutOptions;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Fail fast while Redis is away: commands are refused at once when disconnected instead of queued, and
 * time out after two seconds; Lettuce keeps reconnecting in the background, so service resumes by itself.
 */
@Singleton
class LettuceClientOptions implements BeanCreatedEventListener<RedisClient> {
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

    @Override
    public RedisClient onCreated(BeanCreatedEvent<RedisClient> event) {
        var client = event.getBean();
        client.setOptions(options());
        return client;
    }

    static ClientOptions options() {
        return ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .build();
    }
}
