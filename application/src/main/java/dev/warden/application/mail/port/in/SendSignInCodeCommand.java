package dev.warden.application.mail.port.in;

import dev.warden.application.shared.port.in.CallbackUrl;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.error.Reason;
import dev.warden.domain.user.Email;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** An address to mail a sign-in code to, the page of the client's that the mailed link opens, and who asked. */
public record SendSignInCodeCommand(Email email, URI callbackUrl, String clientAddress) {

    public SendSignInCodeCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    /** From the fields as sent; every missing or malformed one is reported at once (422). */
    public static SendSignInCodeCommand of(String email, String callbackUrl, String clientAddress) {
        var fields = new LinkedHashMap<String, List<Reason>>();
        Email address = null;
        try {
            address = Email.of(email);
        } catch (AuthException e) {
            if (!(e.error() instanceof AuthError.InvalidInput(var invalid))) {
                throw e;
            }
            fields.putAll(invalid);
        }
        if (callbackUrl == null || callbackUrl.isBlank()) {
            fields.put("callback_url", List.of(Reason.BLANK));
        }
        if (!fields.isEmpty()) {
            throw new AuthError.InvalidInput(fields).exception();
        }
        // anything but an absolute http(s) URL has no origin that could be allowed
        return new SendSignInCodeCommand(address, CallbackUrl.parse(callbackUrl).uri(), clientAddress);
    }
}
