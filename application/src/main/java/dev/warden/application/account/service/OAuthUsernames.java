package dev.warden.application.account.service;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.Username;

/**
 * A free username for a new provider account: the provider's login (or the email's local part), reduced to the
 * characters a username may hold, with a random suffix when it is taken.
 */
public final class OAuthUsernames {
    private static final int ATTEMPTS = 5;

    private final UserRepository users;
    private final IdGenerator ids;

    public OAuthUsernames(UserRepository users, IdGenerator ids) {
        this.users = users;
        this.ids = ids;
    }

    public Username available(String login, Email email) {
        var base = clean(login.isBlank() ? email.value().substring(0, email.value().indexOf('@')) : login);
        var candidate = Username.of(base);
        for (int attempt = 0; attempt < ATTEMPTS && users.findByUsernameKey(candidate.key()).isPresent(); attempt++) {
            var suffix = ids.newId().toString().substring(0, 6);
            candidate = Username.of(base.substring(0, Math.min(base.length(), Username.MAX_LENGTH - 7)) + "-" + suffix);
        }
        return candidate;
    }

    private static String clean(String raw) {
        var kept = raw.codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || ".+-_".indexOf(c) >= 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (kept.isEmpty()) {
            kept = "user";
        }
        return kept.length() > Username.MAX_LENGTH - 7 ? kept.substring(0, Username.MAX_LENGTH - 7) : kept;
    }
}
