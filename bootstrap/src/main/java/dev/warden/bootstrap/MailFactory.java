package dev.warden.bootstrap;

import dev.warden.adapter.mail.LoggingMailer;
import dev.warden.adapter.mail.SmtpMailer;
import dev.warden.adapter.mail.SmtpSettings;
import dev.warden.application.mail.port.out.Mailer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.email.EmailSender;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses how mail leaves: SMTP when AUTH_MAIL_SMTP_HOST is set, the log otherwise. */
@Factory
class MailFactory {
    private static final Logger LOG = LoggerFactory.getLogger(MailFactory.class);

    @Context
    @Requires(property = "auth.mail.smtp.host")
    Mailer smtpMailer(EmailSender<?, ?> sender, AuthSettings settings, SmtpSettings smtp) {
        LOG.info("AUTH_MAIL_SMTP_HOST is set: mails are sent by SMTP from {}", settings.mail().from());
        // Delivery and its retries run on a daemon thread of their own, never on a request's thread; one thread,
        // so that mails leave in the order they were asked for (a newer reset link after the older one).
        var scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("mail").daemon().factory());
        return new SmtpMailer(sender, settings.mail().from(), scheduler, smtp.utf8());
    }

    @Context
    @Requires(missingProperty = "auth.mail.smtp.host")
    Mailer loggingMailer(Environment environment) {
        boolean production = environment.getActiveNames().contains("prod");
        if (production) {
            LOG.warn("AUTH_MAIL_SMTP_HOST is not set: mails are NOT delivered, only logged without their links");
        } else {
            LOG.info("AUTH_MAIL_SMTP_HOST is not set: mails are written to this log, links included");
        }
        return new LoggingMailer(!production);
    }
}
