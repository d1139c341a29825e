package dev.warden.adapter.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * The Jakarta Mail session of micronaut-email-javamail, built from {@link SmtpSettings}. Its own instance,
 * not the JVM-wide default session, so that the settings of this context are the ones used.
 */
@Singleton
@Requires(beans = SmtpSettings.class)
class SmtpSessionProvider implements SessionProvider {
    private final Session session;

    SmtpSessionProvider(SmtpSettings settings) {
        var properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(settings.timeoutMillis()));
        properties.setProperty("mail.smtp.timeout", Integer.toString(settings.timeoutMillis()));
        properties.setProperty("mail.smtp.writetimeout", Integer.toString(settings.timeoutMillis()));
        if (settings.utf8()) {
            properties.setProperty("mail.mime.allowutf8", "true"); // commands and headers in UTF-8, never narrowed
        }
        if (settings.starttls()) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        Authenticator authenticator = null;
        if (settings.username() != null && !settings.username().isBlank()) {
            properties.setProperty("mail.smtp.auth", "true");
            var credentials = new PasswordAuthentication(settings.username(),
                    settings.password() == null ? "" : settings.password());
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return credentials;
                }
            };
        }
        this.session = Session.getInstance(properties, authenticator);
    }

    @Override
    public Session session() {
        return session;
    }
}
