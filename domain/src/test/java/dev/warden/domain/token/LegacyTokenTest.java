package dev.warden.domain.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LegacyTokenTest {
    private static final Instant T0 = Instant.parse("2026-01-15T10:30:00Z");

    @Test
    void aTokenLivesForItsLifetimeFromIssueAndNotAnInstantLonger() {
        var token = LegacyToken.issue(UUID.randomUUID(), TokenDigest.of("secret"), new UserId(UUID.randomUUID()), T0,
                Duration.ofHours(24));

        assertThat(token.issuedAt()).isEqualTo(T0);
        assertThat(token.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(token.isLiveAt(T0)).isTrue();
        assertThat(token.isLiveAt(T0.plus(Duration.ofHours(24)).minusNanos(1))).isTrue();
        assertThat(token.isLiveAt(T0.plus(Duration.ofHours(24)))).isFalse();
    }

    @Test
    void onlyFortyLowercaseHexCharactersAreTheShapeOfASecret() {
        assertThat(LegacyToken.isWellFormedSecret("675b51c53c94a5af46948097659984cd5a272507")).isTrue();
        assertThat(LegacyToken.isWellFormedSecret("675B51C53C94A5AF46948097659984CD5A272507")).isFalse();
        assertThat(LegacyToken.isWellFormedSecret("675b51c53c94a5af46948097659984cd5a27250")).isFalse();
        assertThat(LegacyToken.isWellFormedSecret("675b51c53c94a5af46948097659984cd5a2725070")).isFalse();
        assertThat(LegacyToken.isWellFormedSecret("zz5b51c53c94a5af46948097659984cd5a272507")).isFalse();
        assertThat(LegacyToken.isWellFormedSecret("")).isFalse();
        assertThat(LegacyToken.isWellFormedSecret(null)).isFalse();
    }
}
