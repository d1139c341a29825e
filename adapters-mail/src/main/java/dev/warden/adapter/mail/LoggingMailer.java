package dev.warden.adapter.mail;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.mail.port.out.MailMessage;
import dev.warden.application.mail.port.out.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without an SMTP server, each mail is written to the log: recipient, subject and, in development, the link,
 * so that a developer can follow it. In production the link (a live token) is left out.
 */
public final class LoggingMailer implements Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingMailer.class);

    private final boolean showLinks;
    private final Telemetry telemetry;

    public LoggingMailer(boolean showLinks) {
        this(showLinks, Telemetry.NONE);
    }

    /** {@code telemetry} counts each mail written to the log as sent. */
    public LoggingMailer(boolean showLinks, Telemetry telemetry) {
        this.showLinks = showLinks;
        this.telemetry = telemetry;
    }

    @Override
    public void send(MailMessage message) {
        LOG.info("Mail to {}: '{}' - {}", message.to(), message.subject(),
                showLinks ? message.link() : "(link not logged in production; configure AUTH_MAIL_SMTP_HOST)");
        telemetry.mailSent();
    }
}
