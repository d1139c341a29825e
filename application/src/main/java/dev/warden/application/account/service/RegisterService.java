package dev.warden.application.account.service;

import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.account.port.in.RegisterUseCase;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.shared.port.in.CallbackUrl;
import dev.warden.domain.user.User;
import java.util.Optional;

public final class RegisterService implements RegisterUseCase {
    private final AccountFactory accounts;
    private final UserRepository users;
    private final AccountMails mails;

    public RegisterService(AccountFactory accounts, UserRepository users, AccountMails mails) {
        this.accounts = accounts;
        this.users = users;
        this.mails = mails;
    }

    @Override
    public User register(RegisterCommand command) {
        return register(command, Optional.empty());
    }

    /**
     * The same, with the verification mail linking to {@code verificationCallback} (checked by the caller) when
     * given.
     */
    public User register(RegisterCommand command, Optional<CallbackUrl> verificationCallback) {
        var user = accounts.newAccount(command);
        users.add(user);
        mails.sendVerification(user, verificationCallback);
        return user;
    }
}
