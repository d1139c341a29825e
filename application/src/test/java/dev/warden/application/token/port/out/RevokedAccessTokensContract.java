package dev.warden.application.token.port.out;


import dev.warden.application.shared.port.out.Purges;
import dev.warden.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link RevokedAccessTokens} must do. Each adapter's test extends this class. */
public abstract class RevokedAccessTokensContract {

    protected abstract RevokedAccessTokens revocations();

    /** A user that exists in the adapter's backing store. */
    protected abstract UserId storedUser();

    @Test
    void revokedTokenIsReportedAndOthersAreNot() {
        var revoked = UUID.randomUUID().toString();
        var untouched = UUID.randomUUID().toString();

        revocations().revoke(revoked, storedUser(), T0.plusSeconds(3600));

        assertThat(revocations().isRevoked(revoked)).isTrue();
        assertThat(revocations().isRevoked(untouched)).isFalse();
    }

    @Test
    void revokingTwiceIsHarmless() {
        var token = UUID.randomUUID().toString();
        var user = storedUser();
        revocations().revoke(token, user, T0.plusSeconds(3600));
        revocations().revoke(token, user, T0.plusSeconds(3600));

        assertThat(revocations().isRevoked(token)).isTrue();
    }

    @Test
    void unexpiredListsLiveRevocationsWithTheirExpiry() {
        var live = UUID.randomUUID().toString();
        var dead = UUID.randomUUID().toString();
        var user = storedUser();
        revocations().revoke(live, user, T0.plusSeconds(3600));
        revocations().revoke(dead, user, T0.minusSeconds(1));

        var unexpired = revocations().unexpired(T0);

        assertThat(unexpired).containsEntry(live, T0.plusSeconds(3600)).doesNotContainKey(dead);
    }

    @Test
    void purgeExpiredRemovesRevocationsOfExpiredTokensInBoundedBatchesAndKeepsLiveOnes() {
        var user = storedUser();
        var expired = java.util.List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        expired.forEach(token -> revocations().revoke(token, user, T0.minusSeconds(60)));
        var expiringNow = UUID.randomUUID().toString();
        revocations().revoke(expiringNow, user, T0);
        var live = UUID.randomUUID().toString();
        revocations().revoke(live, user, T0.plusSeconds(1));

        assertThat(revocations().purgeExpired(T0, 2)).isEqualTo(2);
        assertThat(Purges.drain(batch -> revocations().purgeExpired(T0, batch), 2)).isGreaterThanOrEqualTo(2);

        var stored = revocations().unexpired(T0.minus(java.time.Duration.ofDays(1)));
        assertThat(stored).doesNotContainKeys(expired.toArray(String[]::new)).doesNotContainKey(expiringNow)
                .containsKey(live);
        assertThat(revocations().isRevoked(live)).isTrue();
        assertThat(revocations().purgeExpired(T0, 2)).isZero();
    }
}
