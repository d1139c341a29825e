package dev.warden.adapter.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The SMTP server (AUTH_MAIL_SMTP_*): present only when a host is configured. {@code utf8}: the server takes
 * SMTPUTF8 (RFC 6531), so addresses with a non-ASCII local part can be sent as written; without it they are refused.
 */
@ConfigurationProperties("auth.mail.smtp")
@Requires(property = "auth.mail.smtp.host")
public record SmtpSettings(
        String host,
        @Bindable(defaultValue = "25") int port,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "false") boolean starttls,
        @Bindable(defaultValue = "10000") int timeoutMillis,
        @Bindable(defaultValue = "false") boolean utf8) {

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + (username == null ? "" : ", user " + username) + "]";
    }
}
