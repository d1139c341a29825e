package dev.warden.application.account.port.in;

import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/** Whose account; {@code known} is the account as already read in this request (by the credential check), if it was. */
public record CurrentUserCommand(UserId userId, Optional<User> known) {
    public CurrentUserCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(known, "known");
    }

    public CurrentUserCommand(UserId userId) {
        this(userId, Optional.empty());
    }

    public static CurrentUserCommand of(Caller caller) {
        return new CurrentUserCommand(caller.userId(), caller.account());
    }
}
