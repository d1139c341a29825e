package dev.warden.domain.token;

import static dev.warden.domain.token.RefreshToken.Status.ACTIVE;
import static dev.warden.domain.token.RefreshToken.Status.EXPIRED;
import static dev.warden.domain.token.RefreshToken.Status.REVOKED;
import static dev.warden.domain.token.RefreshToken.Status.SPENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {
    private static final Instant T0 = Instant.parse("2026-01-15T10:30:00Z");
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);
    private static final Duration NINETY_DAYS = Duration.ofDays(90);

    private final UserId ada = new UserId(UUID.randomUUID());
    private final AccessGrant loginAccess = access(T0);
    private final RefreshToken first = RefreshToken.startFamily(UUID.randomUUID(), "hash-1", loginAccess, THIRTY_DAYS);

    @Test
    void loginStartsAFamilyNamedAfterItsFirstToken() {
        assertThat(first.familyId()).isEqualTo(first.id());
        assertThat(first.userId()).isEqualTo(ada);
        assertThat(first.tokenHash()).isEqualTo("hash-1");
        assertThat(first.issuedAt()).isEqualTo(T0);
        assertThat(first.expiresAt()).isEqualTo(T0.plus(THIRTY_DAYS));
        assertThat(first.accessTokenId()).isEqualTo(loginAccess.tokenId());
        assertThat(first.accessExpiresAt()).isEqualTo(T0.plus(SEVEN_DAYS));
        assertThat(first.usedAt()).isEmpty();
        assertThat(first.revokedAt()).isEmpty();
    }

    @Test
    void activeUntilJustBeforeExpiry() {
        assertThat(first.statusAt(T0)).isEqualTo(ACTIVE);
        assertThat(first.statusAt(T0.plus(THIRTY_DAYS).minusNanos(1))).isEqualTo(ACTIVE);
    }

    @Test
    void expiredAtAndAfterExpiry() {
        assertThat(first.statusAt(T0.plus(THIRTY_DAYS))).isEqualTo(EXPIRED);
        assertThat(first.statusAt(T0.plus(Duration.ofDays(365)))).isEqualTo(EXPIRED);
    }

    @Test
    void usedTokenIsSpentEvenAfterItWouldHaveExpired() {
        var used = used(first, T0.plusSeconds(60));

        assertThat(used.statusAt(T0.plusSeconds(61))).isEqualTo(SPENT);
        assertThat(used.statusAt(T0.plus(Duration.ofDays(90)))).isEqualTo(SPENT);
    }

    @Test
    void revocationWinsOverUseAndExpiry() {
        var revoked = revoked(first, T0.plusSeconds(30));
        var usedThenRevoked = revoked(used(first, T0.plusSeconds(10)), T0.plusSeconds(30));

        assertThat(revoked.statusAt(T0.plusSeconds(31))).isEqualTo(REVOKED);
        assertThat(revoked.statusAt(T0.plus(Duration.ofDays(90)))).isEqualTo(REVOKED);
        assertThat(usedThenRevoked.statusAt(T0.plusSeconds(31))).isEqualTo(REVOKED);
        assertThat(usedThenRevoked.statusAt(T0.plus(Duration.ofDays(90)))).isEqualTo(REVOKED);
    }

    @Test
    void successorStaysInTheFamilyAndCarriesTheNewAccessGrant() {
        var later = T0.plus(Duration.ofDays(20));
        var newAccess = access(later);

        var next = used(first, later).successor(UUID.randomUUID(), "hash-2", newAccess, THIRTY_DAYS, NINETY_DAYS);

        assertThat(next.id()).isNotEqualTo(first.id());
        assertThat(next.familyId()).isEqualTo(first.familyId());
        assertThat(next.userId()).isEqualTo(ada);
        assertThat(next.tokenHash()).isEqualTo("hash-2");
        assertThat(next.accessTokenId()).isEqualTo(newAccess.tokenId()).isNotEqualTo(first.accessTokenId());
        assertThat(next.accessExpiresAt()).isEqualTo(later.plus(SEVEN_DAYS));
        assertThat(next.issuedAt()).isEqualTo(later);
        assertThat(next.expiresAt()).isEqualTo(later.plus(THIRTY_DAYS));
        assertThat(next.statusAt(later)).isEqualTo(ACTIVE);
        assertThat(next.statusAt(T0.plus(THIRTY_DAYS))).isEqualTo(ACTIVE);
    }

    @Test
    void aSuccessorNeverOutlivesItsFamily() {
        var late = T0.plus(Duration.ofDays(80));

        var next = used(first, late).successor(UUID.randomUUID(), "hash-2", access(late), THIRTY_DAYS, NINETY_DAYS);

        assertThat(next.expiresAt()).isEqualTo(T0.plus(NINETY_DAYS));
        assertThat(next.familyStartedAt()).isEqualTo(T0);
        assertThat(next.statusAt(T0.plus(NINETY_DAYS).minusNanos(1), NINETY_DAYS)).isEqualTo(ACTIVE);
        assertThat(next.statusAt(T0.plus(NINETY_DAYS))).isEqualTo(EXPIRED);
    }

    @Test
    void aTokenWhoseOwnExpiryIsLaterStillExpiresWithItsFamily() {
        // as issued before successors were bounded by their family: thirty days from day 80
        var late = T0.plus(Duration.ofDays(80));
        var unbounded = used(first, late).successor(UUID.randomUUID(), "hash-2", access(late), THIRTY_DAYS,
                Duration.ofDays(365));

        assertThat(unbounded.statusAt(T0.plus(NINETY_DAYS))).isEqualTo(ACTIVE);
        assertThat(unbounded.statusAt(T0.plus(NINETY_DAYS), NINETY_DAYS)).isEqualTo(EXPIRED);
        assertThat(revoked(unbounded, late).statusAt(T0.plus(NINETY_DAYS), NINETY_DAYS)).isEqualTo(REVOKED);
        assertThat(used(unbounded, late).statusAt(T0.plus(NINETY_DAYS), NINETY_DAYS)).isEqualTo(SPENT);
    }

    @Test
    void everyPartIsRequired() {
        assertThatThrownBy(() -> new RefreshToken(first.id(), first.familyId(), ada, "hash", T0, T0.plus(THIRTY_DAYS),
                null, Optional.empty(), "access", T0.plus(SEVEN_DAYS)))
                .isInstanceOf(NullPointerException.class).hasMessage("usedAt");
        assertThatThrownBy(() -> new RefreshToken(first.id(), first.familyId(), ada, null, T0, T0.plus(THIRTY_DAYS),
                Optional.empty(), Optional.empty(), "access", T0.plus(SEVEN_DAYS)))
                .isInstanceOf(NullPointerException.class).hasMessage("tokenHash");
    }

    private AccessGrant access(Instant issuedAt) {
        return new AccessGrant(UUID.randomUUID().toString(), ada, issuedAt, issuedAt.plus(SEVEN_DAYS));
    }

    private static RefreshToken used(RefreshToken token, Instant when) {
        return new RefreshToken(token.id(), token.familyId(), token.userId(), token.tokenHash(), token.issuedAt(),
                token.expiresAt(), Optional.of(when), token.revokedAt(), token.accessTokenId(), token.accessExpiresAt());
    }

    private static RefreshToken revoked(RefreshToken token, Instant when) {
        return new RefreshToken(token.id(), token.familyId(), token.userId(), token.tokenHash(), token.issuedAt(),
                token.expiresAt(), token.usedAt(), Optional.of(when), token.accessTokenId(), token.accessExpiresAt());
    }
}
