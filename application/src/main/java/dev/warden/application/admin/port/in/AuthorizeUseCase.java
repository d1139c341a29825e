package dev.warden.application.admin.port.in;

import dev.warden.domain.guard.Guard;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;

/**
 * Applies a guard to an authenticated caller, with the account as it is now (not as it was when the token
 * was issued): AuthenticationRequired for a deleted or deactivated account, Forbidden with the guard's message.
 */
public interface AuthorizeUseCase {
    User authorize(UserId caller, Guard guard);
}
