package dev.warden.application.service;

import dev.warden.application.port.in.LoginCommand;
import dev.warden.application.port.in.LoginUseCase;
import dev.warden.application.port.in.TokenPair;
import dev.warden.application.port.out.Clock;
import dev.warden.application.port.out.IdGenerator;
import dev.warden.application.port.out.PasswordHasher;
import dev.warden.application.port.out.UserRepository;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.Username;

public final class LoginService implements LoginUseCase {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final Clock clock;
    /** Verified when there is no real hash, so that an unknown user costs as much as a wrong password. */
    private final String decoyHash;

    public LoginService(UserRepository users, PasswordHasher hasher, TokenIssuer issuer, IdGenerator ids, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.issuer = issuer;
        this.clock = clock;
        this.decoyHash = hasher.hash(ids.newSecret());
    }

    @Override
    public TokenPair login(LoginCommand command) {
        // Usernames cannot contain '@', so an identifier with one can only be an email address.
        var identifier = command.identifier();
        var user = identifier.contains("@")
                ? users.findByEmailKey(Email.keyOf(identifier))
                : users.findByUsernameKey(Username.keyOf(identifier));
        var hash = user.flatMap(User::passwordHash);
        boolean matches = hasher.verify(command.password(), hash.orElse(decoyHash));
        if (hash.isEmpty() || !matches) {
            throw new AuthError.InvalidCredentials().exception();
        }
        var account = user.get();
        if (!account.active()) {
            throw new AuthError.AccountDisabled().exception();
        }
        if (hasher.needsRehash(hash.get())) {
            users.replacePasswordHash(account.id(), hasher.hash(command.password()));
        }
        users.recordLogin(account.id(), clock.now());
        return issuer.startFamily(account);
    }
}
