package dev.warden.domain.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A set of passwords known to attackers, compared case-insensitively. */
public final class CommonPasswords {
    private static final String BUNDLED = "common-passwords.txt";
    private static volatile CommonPasswords bundled;

    private final Set<String> passwords;

    public CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
    }

    /** The 30,000 most common passwords of zxcvbn's list (see common-passwords.NOTICE). */
    public static CommonPasswords bundled() {
        var loaded = bundled;
        if (loaded == null) {
            synchronized (CommonPasswords.class) {
                loaded = bundled;
                if (loaded == null) {
                    loaded = load();
                    bundled = loaded;
                }
            }
        }
        return loaded;
    }

    private static CommonPasswords load() {
        var stream = Objects.requireNonNull(CommonPasswords.class.getResourceAsStream(BUNDLED), BUNDLED);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            var words = new HashSet<String>();
            reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
            return new CommonPasswords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String password) {
        return passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return passwords.size();
    }
}
