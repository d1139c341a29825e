package dev.warden.application.legacy.port.in;

/**
 * Exchanges a username (or email) and password for a new legacy token, through the same password check as
 * every other login. Missing fields, wrong credentials and a disabled account are {@code Rejected}; other
 * refusals of the password check (throttling, say) fail as they do everywhere.
 */
public interface LegacyLoginUseCase {
    LegacyFormResult login(LegacyLoginCommand command);
}
