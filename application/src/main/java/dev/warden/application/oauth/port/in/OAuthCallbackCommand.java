package dev.warden.application.oauth.port.in;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.session.ClientInfo;
import java.util.Objects;

/**
 * The provider's answer as the browser brought it back: code and state, plus the browser key cookie (null when the
 * browser brought none: then only a sign-in for an OAuth client, bound by its PKCE challenge, can end here).
 */
public record OAuthCallbackCommand(String provider, String code, String state, String browserKey, ClientInfo client) {
    public OAuthCallbackCommand {
        Objects.requireNonNull(provider, "provider");
        if (code == null || code.isBlank()) {
            throw AuthError.InvalidInput.of("code", Reason.BLANK).exception();
        }
        if (state == null || state.isBlank()) {
            throw new AuthError.InvalidOAuthState().exception();
        }
        browserKey = browserKey == null || browserKey.isBlank() ? null : browserKey;
        client = client == null ? ClientInfo.UNKNOWN : client;
    }

    @Override
    public String toString() {
        return "OAuthCallbackCommand[" + provider + "]";
    }
}
