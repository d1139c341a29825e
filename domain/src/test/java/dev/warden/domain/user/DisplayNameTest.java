package dev.warden.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DisplayNameTest {

    private static User named(String first, String last) {
        return User.register(new UserId(UUID.randomUUID()), Username.of("ada_l"), Email.of("ada@example.com"),
                "$argon2id$hash", first, last, Instant.parse("2026-01-15T10:30:00Z"));
    }

    @Test
    void theFirstAndLastNameWhenTheAccountHasThemElseTheUsername() {
        assertThat(named("Ada", "Lovelace").displayName()).isEqualTo("Ada Lovelace");
        assertThat(named("Ada", "").displayName()).isEqualTo("Ada");
        assertThat(named("", "Lovelace").displayName()).isEqualTo("Lovelace");
        assertThat(named(" ", " ").displayName()).isEqualTo("ada_l");
    }
}
