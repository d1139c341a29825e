package dev.warden.application.token.port.out;

import dev.warden.domain.token.AccessGrant;

/** Turns access grants into bearer tokens and back. */
public interface TokenCodec {

    String encode(AccessGrant grant);

    /**
     * The grant a token carries, after checking its signature, issuer, audience, type and validity period.
     * Throws {@code AuthException} with {@code InvalidToken} for anything else, marked {@code expired} when the
     * token is ours and sound but past its expiry.
     */
    AccessGrant decode(String token);
}
