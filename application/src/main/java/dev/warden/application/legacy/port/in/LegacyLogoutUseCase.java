package dev.warden.application.legacy.port.in;

/** Deletes the live legacy token presented; false when there was none (unknown, expired, already logged out). */
public interface LegacyLogoutUseCase {
    boolean logout(LegacyTokenCommand command);
}
