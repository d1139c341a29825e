package dev.warden.application.secondfactor.port.in;

import dev.warden.application.session.port.in.SessionTicket;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.domain.user.UserId;

/** What a finished second factor issues: what the stopped login would have issued. */
public sealed interface MfaCompletion {

    UserId userId();

    /** An access and refresh token pair (the login came from /login, /token, a mailed code, OAuth or HTTP Basic). */
    record Tokens(TokenPair tokens, UserId userId) implements MfaCompletion {}

    /** A server-side session (the login came from /session/login). */
    record SessionOpened(SessionTicket ticket, UserId userId) implements MfaCompletion {}

    /** A legacy token (the login came from the legacy /auth/login). */
    record LegacyTokenIssued(String token, UserId userId) implements MfaCompletion {
        @Override
        public String toString() {
            return "LegacyTokenIssued[" + userId + "]";
        }
    }
}
