package dev.warden.bootstrap;

import dev.warden.adapter.memory.InMemoryOutbox;
import dev.warden.application.mail.port.out.Mailer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * The mails of a test that reads them in its own process (environment "outbox"): every message is kept in memory
 * and none is sent, so that the test finds a link at once, without an SMTP server between.
 */
@Factory
@Requires(env = OutboxFactory.ENVIRONMENT)
class OutboxFactory {
    static final String ENVIRONMENT = "outbox";

    @Singleton
    @Replaces(bean = Mailer.class, factory = LogMailFactory.class)
    InMemoryOutbox outbox() {
        return new InMemoryOutbox();
    }
}
