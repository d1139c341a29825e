package dev.warden.application.port.in;

/**
 * Spends a refresh token for a new pair of the same family. An unknown, expired, revoked or spent token
 * fails with InvalidRefreshToken; a spent one also revokes its whole family, access tokens included.
 */
public interface RefreshUseCase {
    TokenPair refresh(RefreshCommand command);
}
