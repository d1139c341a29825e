package dev.warden.application.account.port.in;

import dev.warden.domain.user.User;

/** Creates a password account. Fails with InvalidInput, UsernameTaken or EmailTaken. */
public interface RegisterUseCase {
    User register(RegisterCommand command);
}
