package dev.warden.application.token.port.out;

import dev.warden.domain.user.User;
import java.time.Instant;
import java.util.Objects;

/**
 * What an access token may tell its holder besides the grant: the session (refresh-token family) it belongs to and
 * the account as it was at issue. A codec writes it in the claims its clients expect, or leaves it out.
 *
 * @param sessionId     the id of the token family, as the session listings name it
 * @param name          the first and last name when the account has them, else the username
 * @param email         the account's address
 * @param emailVerified whether that address is verified
 * @param signedUpAt    when the account was made
 */
public record TokenProfile(String sessionId, String name, String email, boolean emailVerified, Instant signedUpAt) {

    public TokenProfile {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(signedUpAt, "signedUpAt");
    }

    /** The profile of {@code user}'s token in the session {@code sessionId}, as the account is now. */
    public static TokenProfile of(String sessionId, User user) {
        return new TokenProfile(sessionId, user.displayName(), user.email().value(),
                user.emailVerified(), user.dateJoined());
    }
}
