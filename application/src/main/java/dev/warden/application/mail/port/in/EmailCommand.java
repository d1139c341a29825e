package dev.warden.application.mail.port.in;

import dev.warden.domain.user.Email;

/** An email address as typed, and the client that asked (for rate limits). */
public record EmailCommand(Email email, String clientAddress) {
    public EmailCommand(String email, String clientAddress) {
        this(Email.of(email), clientAddress);
    }

    public EmailCommand {
        java.util.Objects.requireNonNull(email, "email");
        clientAddress = clientAddress == null ? "" : clientAddress;
    }
}
