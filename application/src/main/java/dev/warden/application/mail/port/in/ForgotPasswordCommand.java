package dev.warden.application.mail.port.in;

import dev.warden.application.shared.port.in.CallbackUrl;
import dev.warden.domain.user.Email;
import java.util.Objects;
import java.util.Optional;

/**
 * An address to mail a reset link to, the page of the client's that the link opens with the token as {@code code}
 * (absent: the service's own reset page), and the client that asked (for rate limits).
 */
public record ForgotPasswordCommand(Email email, Optional<CallbackUrl> callbackUrl, String clientAddress) {

    public ForgotPasswordCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    /** To the service's own reset page. */
    public static ForgotPasswordCommand of(EmailCommand command) {
        return new ForgotPasswordCommand(command.email(), Optional.empty(), command.clientAddress());
    }

    /**
     * From the fields as a client sent them, the callback required: every missing or malformed field is reported at
     * once (422); then a callback that is not an absolute http(s) URL is CallbackNotAllowed.
     */
    public static ForgotPasswordCommand withCallback(String email, String callbackUrl, String clientAddress) {
        // the fields of a request for a sign-in code, checked alike
        var request = SendSignInCodeCommand.of(email, callbackUrl, clientAddress);
        return new ForgotPasswordCommand(request.email(), Optional.of(new CallbackUrl(request.callbackUrl())),
                request.clientAddress());
    }
}
