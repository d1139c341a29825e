package dev.warden.application.service;

import dev.warden.application.port.in.RegisterCommand;
import dev.warden.application.port.out.Clock;
import dev.warden.application.port.out.IdGenerator;
import dev.warden.application.port.out.PasswordHasher;
import dev.warden.application.port.out.UserRepository;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.password.PasswordPolicy;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Turns registration input into a new, unsaved user, reporting every invalid field at once. */
public final class AccountFactory {
    static final int MAX_NAME_LENGTH = 150;

    private final UserRepository users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;

    public AccountFactory(UserRepository users, PasswordPolicy policy, PasswordHasher hasher, IdGenerator ids,
                          Clock clock) {
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    /** Validates the input and checks that username and email are free; the insert re-checks under race. */
    public User newAccount(RegisterCommand command) {
        var fields = new LinkedHashMap<String, List<String>>();
        var username = collect(fields, () -> Username.of(command.username()));
        var email = collect(fields, () -> Email.of(command.email()));
        var reasons = policy.violations(command.password(), username, email);
        if (!reasons.isEmpty()) {
            fields.put("password", reasons);
        }
        checkName(fields, "first_name", command.firstName());
        checkName(fields, "last_name", command.lastName());
        if (!fields.isEmpty()) {
            throw new AuthError.InvalidInput(fields).exception();
        }
        if (users.findByUsernameKey(username.key()).isPresent()) {
            throw new AuthError.UsernameTaken().exception();
        }
        if (users.findByEmailKey(email.key()).isPresent()) {
            throw new AuthError.EmailTaken().exception();
        }
        return User.register(new UserId(ids.newId()), username, email, hasher.hash(command.password()),
                command.firstName(), command.lastName(), clock.now());
    }

    private static void checkName(Map<String, List<String>> fields, String field, String name) {
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            fields.put(field, List.of("size must be between 0 and " + MAX_NAME_LENGTH));
        }
    }

    private static <T> T collect(Map<String, List<String>> fields, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (AuthException e) {
            if (e.error() instanceof AuthError.InvalidInput invalid) {
                fields.putAll(invalid.fields());
                return null;
            }
            throw e;
        }
    }
}
