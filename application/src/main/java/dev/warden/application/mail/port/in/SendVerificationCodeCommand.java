package dev.warden.application.mail.port.in;

import dev.warden.application.shared.port.in.CallbackUrl;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.UserId;
import java.util.Objects;

/**
 * A signed-in user asks for a verification mail to their address {@code email}, whose link opens the client's page
 * {@code callbackUrl} with the token as {@code code}; {@code clientAddress} is who asked (for rate limits).
 */
public record SendVerificationCodeCommand(UserId userId, Email email, CallbackUrl callbackUrl, String clientAddress) {

    public SendVerificationCodeCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    /**
     * From the fields as a client sent them: every missing or malformed one is reported at once (422); then a
     * callback that is not an absolute http(s) URL is CallbackNotAllowed.
     */
    public static SendVerificationCodeCommand of(UserId userId, String email, String callbackUrl,
                                                 String clientAddress) {
        // the fields of a request for a sign-in code, checked alike
        var request = SendSignInCodeCommand.of(email, callbackUrl, clientAddress);
        return new SendVerificationCodeCommand(userId, request.email(), new CallbackUrl(request.callbackUrl()),
                request.clientAddress());
    }
}
