package dev.warden.adapter.mail;

import dev.warden.application.port.out.MailMessage;
import dev.warden.application.port.out.Mailer;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through micronaut-email-javamail (SMTP), off the request: the caller returns at once, delivery is
 * tried at once and then after each delay of {@link #RETRY_DELAYS}; a final failure is logged, never thrown.
 */
public final class SmtpMailer implements Mailer {
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30));
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    private final EmailSender<?, ?> sender;
    private final String from;
    private final ScheduledExecutorService scheduler;
    private final List<Duration> retryDelays;

    public SmtpMailer(EmailSender<?, ?> sender, String from, ScheduledExecutorService scheduler) {
        this(sender, from, scheduler, RETRY_DELAYS);
    }

    SmtpMailer(EmailSender<?, ?> sender, String from, ScheduledExecutorService scheduler, List<Duration> retryDelays) {
        this.sender = sender;
        this.from = from;
        this.scheduler = scheduler;
        this.retryDelays = List.copyOf(retryDelays);
    }

    @Override
    public void send(MailMessage message) {
        scheduler.execute(() -> attempt(message, 0));
    }

    private void attempt(MailMessage message, int failures) {
        try {
            sender.send(Email.builder().from(from).to(message.to()).subject(message.subject())
                    .body(new MultipartBody(message.html(), message.text())));
            LOG.info("Mail '{}' sent to {}", message.subject(), message.to());
        } catch (RuntimeException e) {
            if (failures < retryDelays.size()) {
                var delay = retryDelays.get(failures);
                LOG.warn("Mail '{}' to {} failed ({}); retrying in {}s", message.subject(), message.to(), e.toString(),
                        delay.toSeconds());
                scheduler.schedule(() -> attempt(message, failures + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                LOG.error("Mail '{}' to {} failed {} times, giving up: {}", message.subject(), message.to(),
                        failures + 1, e.toString());
            }
        }
    }
}
