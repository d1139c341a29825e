package dev.warden.bootstrap;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.adapter.mail.LoggingMailer;
import dev.warden.application.mail.port.out.Mailer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without {@code AUTH_MAIL_SMTP_HOST}, mails are written to the log (links included, except in prod). */
@Factory
@Requires(missingProperty = "auth.mail.smtp.host")
class LogMailFactory {
    private static final Logger LOG = LoggerFactory.getLogger(LogMailFactory.class);

    @Context
    Mailer mailer(Environment environment, Telemetry telemetry) {
        boolean production = environment.getActiveNames().contains("prod");
        if (production) {
            LOG.warn("AUTH_MAIL_SMTP_HOST is not set: mails are NOT delivered, only logged without their links");
        } else {
            LOG.info("AUTH_MAIL_SMTP_HOST is not set: mails are written to this log, links included");
        }
        return new LoggingMailer(!production, telemetry);
    }
}
