package dev.warden.application.token.port.in;

/**
 * Spends a refresh token for a new pair of the same family. An unknown, expired, revoked or spent token
 * fails with InvalidRefreshToken; a spent one also revokes its whole family, access tokens included.
 */
public interface RefreshUseCase {
    TokenPair refresh(RefreshCommand command);

    /**
     * A new access token of the same family, for clients that keep one refresh token for good (the Stack-style
     * surface of seed 002): the refresh token is checked as by {@link #refresh} (a spent one revokes its family)
     * but not spent, and stays the one to present. The family records the new access token, so that logging out,
     * revoking the session or a replay elsewhere ends it too.
     */
    AccessToken refreshAccess(RefreshCommand command);
}
