package dev.warden.application.mail.port.out;

import java.util.Objects;

/** One mail: a recipient, a subject, a plain-text and an HTML body, and the link it is about (for logs). */
public record MailMessage(String to, String subject, String text, String html, String link) {
    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(link, "link");
    }
}
