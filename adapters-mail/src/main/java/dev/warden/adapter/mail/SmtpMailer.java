package dev.warden.adapter.mail;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.mail.port.out.MailMessage;
import dev.warden.application.mail.port.out.Mailer;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import java.net.IDN;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through micronaut-email-javamail (SMTP), off the request: the caller returns at once, delivery is
 * tried at once and then after each delay of {@link #RETRY_DELAYS}; a final failure is logged, never thrown.
 *
 * <p>An address goes to the server exactly as written: its domain as IDNA A-labels (the same domain), its local
 * part unchanged. Jakarta Mail writes an SMTP command's characters as single bytes unless UTF-8 is allowed, which
 * turns {@code ı} (U+0131) into {@code 1}: so a non-ASCII local part is sent only when the server is declared to
 * take SMTPUTF8 ({@code AUTH_MAIL_SMTP_UTF8}), and is otherwise refused, never sent transliterated.
 */
public final class SmtpMailer implements Mailer {
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30));
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    private final EmailSender<?, ?> sender;
    private final String from;
    private final ScheduledExecutorService scheduler;
    private final List<Duration> retryDelays;
    private final boolean utf8;
    private final Telemetry telemetry;

    public SmtpMailer(EmailSender<?, ?> sender, String from, ScheduledExecutorService scheduler, boolean utf8) {
        this(sender, from, scheduler, utf8, Telemetry.NONE);
    }

    /** {@code telemetry} counts each mail sent, and each given up after its retries (or never sendable). */
    public SmtpMailer(EmailSender<?, ?> sender, String from, ScheduledExecutorService scheduler, boolean utf8,
                      Telemetry telemetry) {
        this(sender, from, scheduler, RETRY_DELAYS, utf8, telemetry);
    }

    SmtpMailer(EmailSender<?, ?> sender, String from, ScheduledExecutorService scheduler, List<Duration> retryDelays,
               boolean utf8) {
        this(sender, from, scheduler, retryDelays, utf8, Telemetry.NONE);
    }

    SmtpMailer(EmailSender<?, ?> sender, String from, ScheduledExecutorService scheduler, List<Duration> retryDelays,
               boolean utf8, Telemetry telemetry) {
        this.telemetry = telemetry;
        this.sender = sender;
        this.from = from;
        this.scheduler = scheduler;
        this.retryDelays = List.copyOf(retryDelays);
        this.utf8 = utf8;
    }

    @Override
    public boolean canDeliverTo(String address) {
        return envelopeAddress(address).isPresent();
    }

    @Override
    public void send(MailMessage message) {
        var to = envelopeAddress(message.to());
        if (to.isEmpty()) {
            LOG.error("Mail '{}' not sent: {} cannot be sent as written by this SMTP configuration", message.subject(),
                    message.to());
            telemetry.mailFailed();
            return;
        }
        scheduler.execute(() -> attempt(message, to.get(), 0));
    }

    /** The address as the server receives it, or empty when it could only be sent changed. */
    private Optional<String> envelopeAddress(String address) {
        var at = address.lastIndexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        var local = address.substring(0, at);
        if (!utf8 && !local.chars().allMatch(c -> c < 0x80)) {
            return Optional.empty();
        }
        try {
            var domain = IDN.toASCII(address.substring(at + 1));
            return Optional.of(local + "@" + domain);
        } catch (IllegalArgumentException notADomain) {
            return Optional.empty();
        }
    }

    private void attempt(MailMessage message, String to, int failures) {
        try {
            sender.send(Email.builder().from(from).to(to).subject(message.subject())
                    .body(new MultipartBody(message.html(), message.text())));
            LOG.info("Mail '{}' sent to {}", message.subject(), message.to());
            telemetry.mailSent();
        } catch (RuntimeException e) {
            if (failures < retryDelays.size()) {
                var delay = retryDelays.get(failures);
                LOG.warn("Mail '{}' to {} failed ({}); retrying in {}s", message.subject(), message.to(), e.toString(),
                        delay.toSeconds());
                scheduler.schedule(() -> attempt(message, to, failures + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                LOG.error("Mail '{}' to {} failed {} times, giving up: {}", message.subject(), message.to(),
                        failures + 1, e.toString());
                telemetry.mailFailed();
            }
        }
    }
}
