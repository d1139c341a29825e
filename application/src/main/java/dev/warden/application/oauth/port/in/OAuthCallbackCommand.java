package dev.warden.application.oauth.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.session.ClientInfo;
import java.util.Objects;

/** The provider's answer as the browser brought it back: code and state, plus the browser key cookie. */
public record OAuthCallbackCommand(String provider, String code, String state, String browserKey, ClientInfo client) {
    public OAuthCallbackCommand {
        Objects.requireNonNull(provider, "provider");
        if (code == null || code.isBlank()) {
            throw AuthError.InvalidInput.of("code", Reason.BLANK).exception();
        }
        if (state == null || state.isBlank() || browserKey == null || browserKey.isBlank()) {
            throw new AuthError.InvalidOAuthState().exception();
        }
        client = client == null ? ClientInfo.UNKNOWN : client;
    }

    @Override
    public String toString() {
        return "OAuthCallbackCommand[" + provider + "]";
    }
}
