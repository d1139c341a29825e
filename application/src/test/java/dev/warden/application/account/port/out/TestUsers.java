package dev.warden.application.account.port.out;

import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Users for port contract tests; times are whole microseconds, the precision every store keeps. */
public final class TestUsers {
    public static final Instant T0 = Instant.parse("2026-01-15T10:30:00.123456Z");

    private TestUsers() {}

    public static User user(String username, String email) {
        return User.register(new UserId(UUID.randomUUID()), Username.of(username), Email.of(email),
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "Ada", "Lovelace", T0);
    }

    /** A new user named after {@code prefix}, stored in {@code users} (for the stores whose rows belong to a user). */
    public static User storedIn(UserRepository users, String prefix) {
        var name = unique(prefix);
        var user = user(name, name + "@example.com");
        users.add(user);
        return user;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
