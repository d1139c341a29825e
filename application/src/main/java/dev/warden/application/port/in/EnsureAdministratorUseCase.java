package dev.warden.application.port.in;

/** Creates the operator's superuser at start-up when no account has that username or email yet. */
public interface EnsureAdministratorUseCase {
    /** True when the account was created, false when one already existed (it is then left unchanged). */
    boolean ensureAdministrator(RegisterCommand command);
}
