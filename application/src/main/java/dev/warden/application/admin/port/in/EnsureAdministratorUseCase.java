package dev.warden.application.admin.port.in;

import dev.warden.application.account.port.in.RegisterCommand;

/**
 * The operator's superuser, at every start: created when no account has its username or email yet, and made an
 * active superuser again when another administrator deactivated or demoted it (the operator's way back in). The
 * password of an existing account is left as it is.
 */
public interface EnsureAdministratorUseCase {
    EnsureAdministratorResult ensureAdministrator(RegisterCommand command);
}
