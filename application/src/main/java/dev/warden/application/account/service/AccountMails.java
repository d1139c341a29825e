package dev.warden.application.account.service;

import dev.warden.application.account.AccountMailSettings;
import dev.warden.application.mail.port.out.MailMessage;
import dev.warden.application.mail.port.out.Mailer;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.shared.port.in.CallbackUrl;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issues a mailed token and sends the mail that carries it, from the templates in
 * {@code dev/warden/application/mail} (text and HTML). The token is stored before the mail leaves. Also the notices
 * that tell an account's owner of a change to it, always at the address stored on the account.
 */
public final class AccountMails {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

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
        requireDeliverable(address, "email");
    }

    /** The same, for an address entered in the field {@code field}. */
    public void requireDeliverable(Email address, String field) {
        if (!mailer.canDeliverTo(address.value())) {
            throw AuthError.InvalidInput.of(field, Reason.UNDELIVERABLE).exception();
        }
    }

    /**
     * Refuses (CallbackNotAllowed) a page of a client's that a mailed link may not open: of an origin not allowed,
     * or holding a {@code code} of its own. Asked before anything is stored or mailed.
     */
    public void requireAllowed(CallbackUrl callback) {
        if (!settings.allows(callback)) {
            throw new AuthError.CallbackNotAllowed().exception();
        }
    }

    public void sendVerification(User user) {
        sendVerification(user, Optional.empty());
    }

    /**
     * The verification link: to {@code callback} with the token as its {@code code} when given (the caller checked
     * it with {@link #requireAllowed}), else to the service's own verification page.
     */
    public void sendVerification(User user, Optional<CallbackUrl> callback) {
        var secret = issue(user, OneTimeToken.Purpose.VERIFY_EMAIL, settings.verificationTtl());
        var link = callback.map(page -> page.withCode(secret))
                .orElseGet(() -> settings.publicUrl() + "/api/auth/verify-email/" + secret);
        send(user, "Verify your email address", "verify-email", link, settings.verificationTtl());
    }

    /** A newer reset token kills the older ones. */
    public void sendReset(User user) {
        sendReset(user, Optional.empty());
    }

    /**
     * The same, linking to {@code callback} with the token as its {@code code} when given (checked by the caller
     * with {@link #requireAllowed}), else to the service's own reset page.
     */
    public void sendReset(User user, Optional<CallbackUrl> callback) {
        tokens.invalidateAll(user.id(), OneTimeToken.Purpose.RESET_PASSWORD, clock.now());
        var secret = issue(user, OneTimeToken.Purpose.RESET_PASSWORD, settings.resetTtl());
        var link = callback.map(page -> page.withCode(secret)).orElseGet(() -> settings.publicUrl()
                + "/reset-password?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8));
        send(user, "Reset your password", "reset-password", link, settings.resetTtl());
    }

    /**
     * The link that moves {@code user} to {@code newAddress}, mailed there (it proves control of that address), valid
     * as long as a verification link. A newer request kills the older links.
     */
    public void sendEmailChange(User user, Email newAddress) {
        var now = clock.now();
        tokens.invalidateAll(user.id(), OneTimeToken.Purpose.CHANGE_EMAIL, now);
        var secret = ids.newSecret();
        tokens.add(OneTimeToken.issueEmailChange(ids.newId(), TokenDigest.of(secret), user.id(), user.email().key(),
                newAddress, now, settings.verificationTtl()));
        var link = settings.publicUrl() + "/api/auth/email/confirm/" + secret;
        var values = values(user);
        values.put("email", newAddress.value());
        values.put("link", link);
        values.put("hours", hours(settings.verificationTtl()));
        send(newAddress, "Confirm your new email address", "confirm-email-change", values, link);
    }

    /** Tells the owner that the account's password was changed. */
    public void notifyPasswordChanged(User user) {
        send(user.email(), "Your password was changed", "password-changed", values(user), "");
    }

    /** Tells the owner, at the current address, that the account asked to move to {@code newAddress}. */
    public void notifyEmailChangeRequested(User user, Email newAddress) {
        var values = values(user);
        values.put("email", newAddress.value());
        send(user.email(), "Your email address is about to change", "email-change-requested", values, "");
    }

    /** Tells the owner, at the address {@code before} had, that the account moved to {@code newAddress}. */
    public void notifyEmailChanged(User before, Email newAddress) {
        var values = values(before);
        values.put("email", newAddress.value());
        send(before.email(), "Your email address was changed", "email-changed", values, "");
    }

    /** The last mail to the address of a deleted account. */
    public void notifyAccountDeleted(User user) {
        send(user.email(), "Your account was deleted", "account-deleted", values(user), "");
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
        var values = values(user);
        values.put("link", link);
        values.put("hours", hours(lifetime));
        send(user.email(), subject, template, values, link);
    }

    /** Renders both parts of {@code template} with {@code values} (escaped in the HTML part) and sends them. */
    private void send(Email to, String subject, String template, Map<String, String> values, String link) {
        var text = render(load(template + ".txt"), values, false);
        var html = render(load(template + ".html"), values, true);
        mailer.send(new MailMessage(to.value(), subject, text, html, link));
    }

    /** Fills every {@code {{name}}} in one pass, so that a value that itself reads {@code {{link}}} stays as it is. */
    private static String render(String template, Map<String, String> values, boolean html) {
        return PLACEHOLDER.matcher(template).replaceAll(match -> {
            var value = values.get(match.group(1));
            return Matcher.quoteReplacement(value == null ? match.group() : html ? escape(value) : value);
        });
    }

    /** What every mail about an account may name: its username, and the time of the mail. */
    private Map<String, String> values(User user) {
        var values = new LinkedHashMap<String, String>();
        values.put("username", user.username().value());
        values.put("time", TIME.format(clock.now().truncatedTo(ChronoUnit.MINUTES)));
        return values;
    }

    private static String hours(Duration lifetime) {
        return Long.toString(Math.max(1, lifetime.toHours()));
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
