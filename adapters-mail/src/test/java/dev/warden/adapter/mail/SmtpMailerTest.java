package dev.warden.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.warden.application.mail.port.out.MailMessage;
import io.micronaut.context.ApplicationContext;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.mail.Multipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP adapter against a real SMTP server in the test JVM (GreenMail). */
class SmtpMailerTest {
    private static final MailMessage MESSAGE = new MailMessage("ada@example.com", "Verify your email address",
            "Open http://localhost:8080/api/auth/verify-email/abc", "<a href=\"http://localhost:8080/api/auth/verify-email/abc\">Verify</a>",
            "http://localhost:8080/api/auth/verify-email/abc");

    private int port;
    private GreenMail smtp;
    private ApplicationContext context;
    private ScheduledExecutorService scheduler;

    @BeforeEach
    void start() throws IOException {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        context = ApplicationContext.run(Map.of("auth.mail.smtp.host", "127.0.0.1", "auth.mail.smtp.port", port));
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        context.close();
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private SmtpMailer mailer(List<Duration> retries) {
        return new SmtpMailer(context.getBean(EmailSender.class), "Warden <no-reply@warden.test>", scheduler, retries,
                false);
    }

    private static MailMessage to(String address) {
        return new MailMessage(address, MESSAGE.subject(), MESSAGE.text(), MESSAGE.html(), MESSAGE.link());
    }

    /** The envelope recipients the server saw (one mailbox each), once every mail sent so far has arrived. */
    private List<String> mailboxesAfter(SmtpMailer mailer, int expected) {
        mailer.send(to("marker@example.com")); // one delivery thread: this one arrives last
        assertThat(smtp.waitForIncomingEmail(10_000, expected + 1)).isTrue();
        return smtp.getUserManager().listUser().stream().map(user -> user.getEmail()).sorted().toList();
    }

    /** Issue 16: "tıme@…" reached the mailbox "t1me@…", whose owner then signed into the account of "time@…". */
    @Test
    void aNonAsciiLocalPartIsNeverNarrowedIntoAnotherAddress() {
        startSmtp();
        var mailer = mailer(SmtpMailer.RETRY_DELAYS);

        assertThat(mailer.canDeliverTo("tıme@example.com")).isFalse();
        mailer.send(to("tıme@example.com"));

        assertThat(mailboxesAfter(mailer, 0)).containsExactly("marker@example.com");
    }

    @Test
    void anInternationalDomainIsSentAsItsALabels() {
        startSmtp();
        var mailer = mailer(SmtpMailer.RETRY_DELAYS);

        assertThat(mailer.canDeliverTo("ann@bücher.de")).isTrue();
        mailer.send(to("ann@bücher.de"));

        assertThat(mailboxesAfter(mailer, 1)).containsExactly("ann@xn--bcher-kva.de", "marker@example.com");
    }

    @Test
    void withSmtpUtf8ANonAsciiLocalPartIsSentAsWritten() throws Exception {
        context.close();
        context = ApplicationContext.run(Map.of("auth.mail.smtp.host", "127.0.0.1", "auth.mail.smtp.port", port,
                "auth.mail.smtp.utf8", true));
        startSmtp();
        var mailer = new SmtpMailer(context.getBean(EmailSender.class), "Warden <no-reply@warden.test>", scheduler,
                SmtpMailer.RETRY_DELAYS, true);

        assertThat(mailer.canDeliverTo("tıme@example.com")).isTrue();
        mailer.send(to("tıme@example.com"));

        // GreenMail has no SMTPUTF8 and reads the envelope's two UTF-8 bytes of ı as two unknown characters; the
        // header shows the address as written, and no mailbox of a narrowed spelling exists.
        assertThat(mailboxesAfter(mailer, 1)).hasSize(2).doesNotContain("t1me@example.com");
        assertThat(smtp.getReceivedMessages()[0].getHeader("To")).containsExactly("tıme@example.com");
    }

    @Test
    void aMessageArrivesWithItsTextAndHtmlParts() throws Exception {
        startSmtp();

        mailer(SmtpMailer.RETRY_DELAYS).send(MESSAGE);

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        var received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Verify your email address");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
        assertThat(received.getFrom()[0].toString()).contains("no-reply@warden.test");
        var body = GreenMailUtil.getBody(received);
        assertThat(body).contains("http://localhost:8080/api/auth/verify-email/abc");
        assertThat(received.getContent()).isInstanceOf(Multipart.class);
        var parts = (Multipart) received.getContent();
        assertThat(GreenMailUtil.getBody(received)).contains("text/plain").contains("text/html");
        assertThat(parts.getCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aServerThatIsDownAtFirstGetsTheMessageOnARetry() throws Exception {
        EmailSender real = context.getBean(EmailSender.class);
        var failures = new AtomicInteger();
        EmailSender counting = new EmailSender() {
            @Override
            public String getName() {
                return "counting";
            }

            @Override
            public Object send(Email.Builder email, Consumer request) {
                try {
                    return real.send(email, request);
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    throw e;
                }
            }
        };
        var mailer = new SmtpMailer(counting, "Warden <no-reply@warden.test>", scheduler,
                List.of(Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(2)), false);

        mailer.send(MESSAGE); // nothing listens yet: the first attempt fails
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (failures.get() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(failures.get()).as("the first attempt failed").isEqualTo(1);
        startSmtp();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Verify your email address");
    }

    @Test
    void aSentMailAndOneGivenUpAfterItsRetriesAreCounted() throws Exception {
        var counts = new MailCounts();
        var mailer = new SmtpMailer(context.getBean(EmailSender.class), "Warden <no-reply@warden.test>", scheduler,
                List.of(Duration.ofMillis(50)), false, counts);

        mailer.send(MESSAGE); // nothing listens: two attempts fail, then it gives up
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (counts.failed.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(counts.failed.get()).isEqualTo(1);
        assertThat(counts.sent.get()).isZero();

        startSmtp();
        mailer.send(MESSAGE);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (counts.sent.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(counts.sent.get()).isEqualTo(1);
        assertThat(counts.failed.get()).isEqualTo(1);
    }
}
