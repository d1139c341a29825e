package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.warden.testkit.WardenClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The service started by a test with SMTP delivery to a GreenMail server of its own (on a free port), and the
 * mailbox as a user would read it. Environment "mutable-clock": the test moves the service's time.
 */
final class MailedService implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    static final String PUBLIC_URL = "https://warden.example.org";
    static final String PASSWORD = "Corr3ct-Horse-Battery";
    static final String VERIFY_SUBJECT = "Verify your email address";
    static final String RESET_SUBJECT = "Reset your password";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");
    private static final long WAIT_MILLIS = 15_000;

    private final Map<String, Object> overrides;
    GreenMail smtp;
    EmbeddedServer server;
    Api api;
    MutableClock clock;

    private MailedService(Map<String, Object> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * The service for the tests of one class, with these settings over the defaults: a static field with
     * {@code @RegisterExtension} starts it before the first test and stops it after the last.
     */
    static MailedService with(Map<String, Object> overrides) {
        return new MailedService(overrides);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        var properties = new HashMap<String, Object>();
        properties.put("auth.mail.smtp.host", "127.0.0.1");
        properties.put("auth.mail.smtp.port", smtp.getSmtp().getPort());
        properties.put("auth.public-url", PUBLIC_URL);
        properties.putAll(overrides);
        try {
            server = ApplicationContext.run(EmbeddedServer.class, properties, "test", "mutable-clock");
        } catch (RuntimeException e) {
            smtp.stop();
            throw e;
        }
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        clock = server.getApplicationContext().getBean(MutableClock.class);
    }

    @Override
    public void close() {
        try {
            server.getApplicationContext().close();
        } finally {
            smtp.stop();
        }
    }

    /** One received mail: sender, recipient and subject, its text and HTML parts, and the link in its text. */
    record Mail(String from, String to, String subject, String text, String html) {
        String link() {
            var matcher = LINK.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("no link in " + text);
            }
            return matcher.group();
        }

        /** The link without the public URL: what the test asks the service for. */
        String linkPath() {
            assertThat(link()).startsWith(PUBLIC_URL + "/");
            return link().substring(PUBLIC_URL.length());
        }

        /** The {@code code} parameter of the link (a Stack-style link: the client's page, then {@code ?code=…}). */
        String code() {
            var query = java.net.URI.create(link()).getRawQuery();
            assertThat(query).as(link()).isNotNull();
            return Arrays.stream(query.split("&")).filter(pair -> pair.startsWith("code="))
                    .map(pair -> URLDecoder.decode(pair.substring("code=".length()), StandardCharsets.UTF_8))
                    .findFirst().orElseThrow(() -> new AssertionError("no code in " + link()));
        }

        String resetToken() {
            var prefix = PUBLIC_URL + "/reset-password?token=";
            assertThat(link()).startsWith(prefix);
            return URLDecoder.decode(link().substring(prefix.length()), StandardCharsets.UTF_8);
        }
    }

    static String uniqueName(String prefix) {
        return WardenClient.unique(prefix);
    }

    static String addressOf(String username) {
        return username + "@example.com";
    }

    /** Registers {@code username} with {@code username@example.com}; the registration sends a verification mail. */
    String registered(String username) {
        api.kit().register(username, addressOf(username), PASSWORD);
        return username;
    }

    /** Registers {@code username} and follows the link of the verification mail. */
    String registeredAndVerified(String username) {
        registered(username);
        verify(addressOf(username));
        return username;
    }

    /** Follows the link of the verification mail sent to {@code address}. */
    void verify(String address) {
        var reply = api.get(awaitMail(address, VERIFY_SUBJECT).linkPath());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    Api.Reply login(String username, String password) {
        return api.post("/api/auth/login", Map.of("username", username, "password", password));
    }

    /** The mails received so far for this exact address, oldest first. */
    List<Mail> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipients(message).contains(address.toLowerCase()))
                .map(MailedService::read)
                .toList();
    }

    /**
     * The mails to this address once every mail asked for so far has been delivered: a mail to a new account,
     * asked for after them, has arrived (no fixed wait to prove that nothing came).
     */
    List<Mail> settledMailsTo(String address) {
        var marker = registered(uniqueName("marker"));
        awaitMail(addressOf(marker), VERIFY_SUBJECT);
        return mailsTo(address);
    }

    /** Waits for the {@code count}-th mail with this subject to this address, and returns it. */
    Mail awaitMail(String address, String subject, int count) {
        var deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            int seen = smtp.getReceivedMessages().length;
            var matching = mailsTo(address).stream().filter(mail -> mail.subject().equals(subject)).toList();
            if (matching.size() >= count) {
                return matching.get(count - 1);
            }
            var left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no mail #" + count + " '" + subject + "' to " + address + " within "
                        + WAIT_MILLIS + " ms; received " + smtp.getReceivedMessages().length + " in all");
            }
            // Returns as soon as any mail arrives after the look above (or the time is up); then looks again.
            smtp.waitForIncomingEmail(left, seen + 1);
        }
    }

    Mail awaitMail(String address, String subject) {
        return awaitMail(address, subject, 1);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            var to = message.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).map(String::toLowerCase).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            var parts = new HashMap<String, String>();
            collect(message, parts);
            return new Mail(message.getFrom()[0].toString(), recipients(message).getFirst(), message.getSubject(),
                    parts.getOrDefault("text/plain", ""), parts.getOrDefault("text/html", ""));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Part part, Map<String, String> parts) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        } else if (part.isMimeType("text/plain")) {
            parts.putIfAbsent("text/plain", part.getContent().toString());
        } else if (part.isMimeType("text/html")) {
            parts.putIfAbsent("text/html", part.getContent().toString());
        }
    }
}
