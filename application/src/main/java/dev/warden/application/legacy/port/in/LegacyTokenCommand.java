package dev.warden.application.legacy.port.in;

import dev.warden.domain.token.LegacyToken;

/** A legacy token as presented ({@code Authorization: Token <hex>}); a missing one is simply not well formed. */
public record LegacyTokenCommand(String token) {
    public LegacyTokenCommand {
        token = token == null ? "" : token.strip();
    }

    public boolean wellFormed() {
        return LegacyToken.isWellFormedSecret(token);
    }

    @Override
    public String toString() {
        return "LegacyTokenCommand[***]";
    }
}
