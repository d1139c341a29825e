package dev.warden.application.legacy.port.in;

import dev.warden.domain.token.LegacyToken;

/**
 * The live legacy token presented, of an active account. Fails with InvalidToken for a malformed, unknown or
 * expired token, or one whose account is gone or deactivated (as a refused bearer token does).
 */
public interface AuthenticateLegacyTokenUseCase {
    LegacyToken authenticate(LegacyTokenCommand command);
}
