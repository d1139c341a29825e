package dev.warden.application.login.service;

import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.Username;
import java.util.Optional;

/** Checks a username (or email) and password; shared by every password login (tokens, sessions). */
public final class PasswordAuthenticator {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final SecondFactorGate gate;
    /**
     * Verified when there is no real hash, so that an unknown user costs as much as a wrong password. Made
     * without hashing (the cost of a verification depends only on the parameters), so that start-up neither
     * spends a hash nor keeps its memory.
     */
    private final String decoyHash;

    public PasswordAuthenticator(UserRepository users, PasswordHasher hasher, Clock clock,
                                 LoginThrottle throttle, SecondFactorGate gate) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.throttle = throttle;
        this.gate = gate;
        this.decoyHash = hasher.decoyHash();
    }

    /**
     * The active account these credentials open, after recording the login (and upgrading the hash when
     * its parameters are old), when it may be issued {@code purpose} now. Fails with InvalidCredentials or
     * AccountDisabled, with TooManyFailedLogins while the account or the client address is locked, and with
     * MfaRequired (after a right password) when the account has a second factor.
     */
    public User authenticate(LoginCommand command, MfaChallenge.Purpose purpose) {
        // Looked up before the throttle, known or not (the same cost either way), so that every identifier of one
        // account is counted and locked as that account.
        var identifier = command.identifier();
        var found = identifier.contains("@") // usernames cannot contain '@': only an email address has one
                ? users.findByEmailKey(Email.keyOf(identifier))
                : users.findByUsernameKey(Username.keyOf(identifier));
        var user = throttle.attempt(found.map(User::id), identifier, command.client().address(),
                () -> check(found, command));
        gate.admit(user, purpose, command.client());
        users.recordLogin(user.id(), clock.now()); // a login stopped for its second factor is recorded when it ends
        return user;
    }

    private User check(Optional<User> user, LoginCommand command) {
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
        return account;
    }
}
