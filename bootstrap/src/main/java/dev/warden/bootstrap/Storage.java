package dev.warden.bootstrap;

import java.util.Locale;
import java.util.Optional;

/** Where the service keeps what it stores: {@code AUTH_STORAGE} = {@code jdbc} (the default) or {@code memory}. */
final class Storage {
    /** The Micronaut environment that {@code AUTH_STORAGE=memory} turns on (application-memory.yml). */
    static final String MEMORY = "memory";

    private Storage() {}

    /** The environment to add for {@code AUTH_STORAGE} (or {@code -Dauth.storage}), if any; an unknown value stops the start. */
    static Optional<String> environmentOf(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "jdbc" -> Optional.empty();
            case MEMORY -> Optional.of(MEMORY);
            default -> throw new IllegalArgumentException("AUTH_STORAGE is jdbc (the default) or memory, not " + setting);
        };
    }
}
