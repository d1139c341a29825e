package dev.warden.application.service;

import dev.warden.application.port.out.Clock;
import dev.warden.application.port.out.IdGenerator;
import dev.warden.application.port.out.MailMessage;
import dev.warden.application.port.out.Mailer;
import dev.warden.application.port.out.OneTimeTokenStore;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.token.OneTimeToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Issues a mailed token and sends the mail that carries it, from the templates in
 * {@code dev/warden/application/mail} (text and HTML). The token is stored before the mail leaves.
 */
public final class AccountMails {
    public static final String UNDELIVERABLE = "cannot be delivered as written by this service's mail server";

    private final OneTimeTokenStore tokens;
    private final Mailer mailer;
    private final IdGenerator ids;
    private final Clock clock;
    private final AccountMailSettings settings;

    public AccountMails(OneTimeTokenStore tokens, Mailer mailer, IdGenerator ids, Clock clock,
                        AccountMailSettings settings) {
        this.tokens = tokens;
        this.mailer = mailer;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Refuses (422, field {@code email}) an address that the mailer could deliver only changed: everywhere an
     * address is entered, before anything is stored or looked up.
     */
    public void requireDeliverable(Email address) {
        if (!mailer.canDeliverTo(address.value())) {
            throw AuthError.InvalidInput.of("email", UNDELIVERABLE).exception();
        }
    }

    public void sendVerification(User user) {
        var secret = issue(user, OneTimeToken.Purpose.VERIFY_EMAIL, settings.verificationTtl());
        var link = settings.publicUrl() + "/api/auth/verify-email/" + secret;
        send(user, "Verify your email address", "verify-email", link, settings.verificationTtl());
    }

    /** A newer reset token kills the older ones. */
    public void sendReset(User user) {
        tokens.invalidateAll(user.id(), OneTimeToken.Purpose.RESET_PASSWORD, clock.now());
        var secret = issue(user, OneTimeToken.Purpose.RESET_PASSWORD, settings.resetTtl());
        var link = settings.publicUrl() + "/reset-password?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        send(user, "Reset your password", "reset-password", link, settings.resetTtl());
    }

    /**
     * The mail of a sign-in code (seed 002): the digits to type, and a link that carries them with the nonce. For
     * an existing account {@code to} is the address stored on it, never the spelling of a request.
     */
    public void sendSignInCode(Email to, String digits, String link, Duration lifetime) {
        var minutes = Long.toString(Math.max(1, lifetime.toMinutes()));
        var text = load("sign-in-code.txt").replace("{{code}}", digits).replace("{{link}}", link)
                .replace("{{minutes}}", minutes);
        var html = load("sign-in-code.html").replace("{{code}}", digits).replace("{{link}}", escape(link))
                .replace("{{minutes}}", minutes);
        mailer.send(new MailMessage(to.value(), "Your sign-in code", text, html, link));
    }

    private String issue(User user, OneTimeToken.Purpose purpose, Duration lifetime) {
        var secret = ids.newSecret();
        tokens.add(OneTimeToken.issue(ids.newId(), TokenDigest.of(secret), user.id(), purpose, user.email().key(),
                clock.now(), lifetime));
        return secret;
    }

    private void send(User user, String subject, String template, String link, Duration lifetime) {
        var hours = Long.toString(Math.max(1, lifetime.toHours()));
        var text = render(template + ".txt", user.username().value(), link, hours);
        var html = render(template + ".html", escape(user.username().value()), escape(link), hours);
        mailer.send(new MailMessage(user.email().value(), subject, text, html, link));
    }

    private static String render(String name, String username, String link, String hours) {
        return load(name).replace("{{username}}", username).replace("{{link}}", link).replace("{{hours}}", hours);
    }

    private static String load(String name) {
        try (InputStream in = Objects.requireNonNull(AccountMails.class.getResourceAsStream("/dev/warden/application/mail/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
