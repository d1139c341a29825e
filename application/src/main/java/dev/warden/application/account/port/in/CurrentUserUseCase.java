package dev.warden.application.account.port.in;

import dev.warden.domain.user.User;

/** The authenticated caller's account. Fails with AuthenticationRequired when it is gone or deactivated. */
public interface CurrentUserUseCase {
    User currentUser(CurrentUserCommand command);
}
