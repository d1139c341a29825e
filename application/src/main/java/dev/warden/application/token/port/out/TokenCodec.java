package dev.warden.application.token.port.out;

import dev.warden.domain.token.AccessGrant;
import java.util.Optional;

/** Turns access grants into bearer tokens and back. */
public interface TokenCodec {

    /** A token for {@code grant} that also tells its holder {@code profile}, when given (see {@link TokenProfile}). */
    String encode(AccessGrant grant, Optional<TokenProfile> profile);

    default String encode(AccessGrant grant) {
        return encode(grant, Optional.empty());
    }

    /**
     * The grant a token carries, after checking its signature, issuer, audience, type and validity period.
     * Throws {@code AuthException} with {@code InvalidToken} for anything else, marked {@code expired} when the
     * token is ours and sound but past its expiry.
     */
    AccessGrant decode(String token);
}
