package dev.warden.application.account.service;

import dev.warden.application.account.port.in.EmailSignUpCommand;
import dev.warden.application.account.port.in.EmailSignUpUseCase;
import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.account.port.in.SignedUp;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.service.TokenIssuer;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.user.Email;

/**
 * Registration without a chosen username: the username is derived from the address as for accounts made by a
 * mailed code (the local part, with a random suffix when taken), then registration itself creates the account and
 * mails the verification link, and the first token pair is issued as by a login. A verification callback is checked
 * against the allowed origins first: one not allowed is refused (CallbackNotAllowed) before anything is created.
 */
public final class EmailSignUpService implements EmailSignUpUseCase {
    /** Stands in for the username of a malformed address, so that registration reports every field at once. */
    private static final String UNUSED_USERNAME = "user";

    private final RegisterService register;
    private final AccountMails mails;
    private final OAuthUsernames usernames;
    private final TokenIssuer issuer;
    private final UserRepository users;
    private final Clock clock;

    public EmailSignUpService(RegisterService register, AccountMails mails, OAuthUsernames usernames,
                              TokenIssuer issuer, UserRepository users, Clock clock) {
        this.register = register;
        this.mails = mails;
        this.usernames = usernames;
        this.issuer = issuer;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public SignedUp signUp(EmailSignUpCommand command) {
        command.verificationCallback().ifPresent(mails::requireAllowed);
        var user = register.register(new RegisterCommand(usernameFor(command.email()), command.email(),
                command.password(), "", ""), command.verificationCallback());
        users.recordLogin(user.id(), clock.now());
        return new SignedUp(issuer.startFamily(user, command.client()), user.id());
    }

    private String usernameFor(String email) {
        Email address;
        try {
            address = Email.of(email);
        } catch (AuthException malformed) {
            return UNUSED_USERNAME; // registration refuses the address, and says what else is wrong
        }
        return usernames.available("", address).value();
    }
}
