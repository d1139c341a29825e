package dev.warden.application.account.service;

import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.account.port.out.ConfusableNames;
import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.mail.port.out.Mailer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.error.Reason;
import dev.warden.domain.password.PasswordPolicy;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns registration input into a new, unsaved user, reporting every invalid field at once. */
public final class AccountFactory {
    static final int MAX_NAME_LENGTH = User.MAX_NAME_LENGTH;

    private final UserRepository users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;
    private final Mailer mailer;
    private final ConfusableNames confusables;

    public AccountFactory(UserRepository users, PasswordPolicy policy, PasswordHasher hasher, IdGenerator ids,
                          Clock clock, Mailer mailer, ConfusableNames confusables) {
        this.mailer = mailer;
        this.confusables = confusables;
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    /** Validates the input and checks that username and email are free; the insert re-checks under race. */
    public User newAccount(RegisterCommand command) {
        var review = review(command.username(), command.email(), command.password(), command.firstName(),
                command.lastName());
        if (!review.invalid().isEmpty()) {
            throw new AuthError.InvalidInput(review.invalid()).exception();
        }
        if (review.usernameTaken()) {
            throw new AuthError.UsernameTaken().exception();
        }
        if (review.emailTaken()) {
            throw new AuthError.EmailTaken().exception();
        }
        return User.register(new UserId(ids.newId()), review.username().orElseThrow(), review.email().orElseThrow(),
                hasher.hash(command.password()), command.firstName(), command.lastName(), clock.now());
    }

    /**
     * Everything wrong with registration input at once, field by field: malformed values (by the field names of
     * registration) and names already taken. A null field is not looked at: the caller reports it missing.
     */
    public Review review(String username, String email, String password, String firstName, String lastName) {
        var fields = new LinkedHashMap<String, List<Reason>>();
        var validUsername = username == null ? null : collect(fields, () -> Username.of(username));
        if (validUsername != null && confusables.suspicious(validUsername.value())) {
            fields.put("username", List.of(Reason.CONFUSABLE_NAME));
            validUsername = null;
        }
        var validEmail = email == null ? null : collect(fields, () -> Email.of(email));
        if (validEmail != null && !mailer.canDeliverTo(validEmail.value())) {
            fields.put("email", List.of(Reason.UNDELIVERABLE));
            validEmail = null;
        }
        if (password != null) {
            var reasons = policy.refusals(password, validUsername, validEmail);
            if (!reasons.isEmpty()) {
                fields.put("password", reasons);
            }
        }
        checkName(fields, "first_name", firstName);
        checkName(fields, "last_name", lastName);
        return new Review(Optional.ofNullable(validUsername), Optional.ofNullable(validEmail), fields,
                validUsername != null && (users.findByUsernameKey(validUsername.key()).isPresent()
                        || looksLikeATakenName(validUsername)),
                validEmail != null && users.findByEmailKey(validEmail.key()).isPresent());
    }

    /**
     * Whether the name is written to look like one already registered: its skeleton (UTS #39) is another account's
     * name, as {@code раураl} (Cyrillic) is {@code paypal}'s. Such a name is as taken as the one it imitates.
     */
    private boolean looksLikeATakenName(Username name) {
        var imitated = Username.keyOf(confusables.skeleton(name.value()));
        return !imitated.equals(name.key()) && users.findByUsernameKey(imitated).isPresent();
    }

    /** The outcome of {@link #review}: the values that are valid, the reasons of those that are not, what is taken. */
    public record Review(Optional<Username> username, Optional<Email> email, Map<String, List<Reason>> invalid,
                  boolean usernameTaken, boolean emailTaken) {
        public Review {
            invalid = Collections.unmodifiableMap(new LinkedHashMap<>(invalid));
        }
    }

    private static void checkName(Map<String, List<Reason>> fields, String field, String name) {
        if (name != null && name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            fields.put(field, List.of(new Reason.Length(0, MAX_NAME_LENGTH)));
        }
    }

    private static <T> T collect(Map<String, List<Reason>> fields, Supplier<T> parse) {
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
