package dev.warden.application.oauth.port.in;

import dev.warden.domain.error.Required;
import dev.warden.domain.session.ClientInfo;

/**
 * An OAuth client's exchange of an authorization code (RFC 6749 §4.1.3 with RFC 7636 §4.5): the code, the redirect
 * URI it was asked for, the PKCE verifier, and who asks.
 */
public record CodeExchangeCommand(String code, String redirectUri, String codeVerifier, ClientInfo client) {
    public CodeExchangeCommand {
        Required.fields().text("code", code).text("redirect_uri", redirectUri).text("code_verifier", codeVerifier)
                .check();
        client = client == null ? ClientInfo.UNKNOWN : client;
    }

    @Override
    public String toString() {
        return "CodeExchangeCommand[" + client + "]";
    }
}
