package dev.warden.bootstrap;

import dev.warden.adapter.mail.SmtpMailer;
import dev.warden.adapter.mail.SmtpSettings;
import dev.warden.application.mail.port.out.Mailer;
import dev.warden.application.shared.port.out.Telemetry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.email.EmailSender;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** With {@code AUTH_MAIL_SMTP_HOST} set, mails leave by SMTP (adapters-mail, through micronaut-email-javamail). */
@Factory
@Requires(property = "auth.mail.smtp.host")
class SmtpFactory {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpFactory.class);

    @Context
    Mailer mailer(EmailSender<?, ?> sender, AuthSettings settings, SmtpSettings smtp, BackgroundWork background,
                  Telemetry telemetry) {
        LOG.info("AUTH_MAIL_SMTP_HOST is set: mails are sent by SMTP from {}", settings.mail().from());
        // Delivery and its retries run on a daemon thread of their own, never on a request's thread; one thread,
        // so that mails leave in the order they were asked for (a newer reset link after the older one). A graceful
        // shutdown waits for what it holds (BackgroundWork).
        var scheduler = background.scheduler("SMTP mails",
                new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("mail").daemon().factory()));
        return new SmtpMailer(sender, settings.mail().from(), scheduler, smtp.utf8(), telemetry);
    }
}
