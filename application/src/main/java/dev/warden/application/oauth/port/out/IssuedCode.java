package dev.warden.application.oauth.port.out;

import dev.warden.domain.oauth.ClientAuthorization;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * An authorization code handed to an OAuth client after an identity-provider sign-in, by the hash of the code:
 * whose account it opens, the client's authorization it answers, and whether the sign-in created the account.
 */
public record IssuedCode(String codeHash, UserId userId, ClientAuthorization client, boolean newUser,
                         Instant expiresAt) {
    public IssuedCode {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedCode[" + userId + ", for " + client + ", until " + expiresAt + "]";
    }
}
