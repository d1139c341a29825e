package dev.warden.application.account.port.in;

import dev.warden.application.shared.port.in.CallbackUrl;
import dev.warden.domain.error.Required;
import dev.warden.domain.session.ClientInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * Sign-up input as the client sent it; {@code verificationCallback} is the client's page that the verification mail
 * links to with its token as {@code code} (absent: the service's own verification page), and {@code client} is where
 * the request came from.
 */
public record EmailSignUpCommand(String email, String password, Optional<CallbackUrl> verificationCallback,
                                 ClientInfo client) {
    public EmailSignUpCommand {
        Objects.requireNonNull(verificationCallback, "verificationCallback");
        client = client == null ? ClientInfo.UNKNOWN : client;
        Required.fields().text("email", email).secret("password", password).check();
    }

    /** Without a callback: the verification mail links to the service's own page. */
    public EmailSignUpCommand(String email, String password, ClientInfo client) {
        this(email, password, Optional.empty(), client);
    }

    /**
     * From the fields as sent: a {@code verificationCallbackUrl} that is given must be an absolute http(s) URL
     * (CallbackNotAllowed, checked before the other fields); null means none.
     */
    public static EmailSignUpCommand of(String email, String password, String verificationCallbackUrl,
                                        ClientInfo client) {
        var callback = Optional.ofNullable(verificationCallbackUrl).map(CallbackUrl::parse);
        return new EmailSignUpCommand(email, password, callback, client);
    }

    @Override
    public String toString() {
        return "EmailSignUpCommand[email=" + email + "]";
    }
}
