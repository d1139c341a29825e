package dev.warden.application.legacy.port.out;


import dev.warden.application.shared.port.out.Purges;
import dev.warden.domain.token.LegacyToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link LegacyTokenStore} must do. Each adapter's test extends this class. */
public abstract class LegacyTokenStoreContract {
    protected static final Duration LIFETIME = Duration.ofHours(24);

    protected abstract LegacyTokenStore store();

    /** A user that exists in the adapter's backing store. */
    protected abstract UserId storedUser();

    private static LegacyToken token(UserId user) {
        return LegacyToken.issue(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()), user, T0, LIFETIME);
    }

    private LegacyToken stored(UserId user) {
        var token = token(user);
        store().add(token);
        return token;
    }

    @Test
    void storedTokenIsFoundByItsHashWhileLiveAndUnknownOnesAreNot() {
        var token = stored(storedUser());

        assertThat(store().findLive(token.tokenHash(), T0)).contains(token);
        assertThat(store().findLive(token.tokenHash(), T0.plus(LIFETIME).minusNanos(1000))).contains(token);
        assertThat(store().findLive(TokenDigest.of("unknown-" + UUID.randomUUID()), T0)).isEmpty();
    }

    @Test
    void aTokenIsGoneFromItsExpiryOn() {
        var token = stored(storedUser());

        assertThat(store().findLive(token.tokenHash(), T0.plus(LIFETIME))).isEmpty();
        assertThat(store().findLive(token.tokenHash(), T0.plus(LIFETIME).plusSeconds(1))).isEmpty();
    }

    @Test
    void aUsersLiveTokensAreListedOldestFirstWithoutTheExpiredOrOtherUsersOnes() {
        var user = storedUser();
        var older = LegacyToken.issue(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()), user, T0, LIFETIME);
        var newer = LegacyToken.issue(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()), user,
                T0.plusSeconds(60), LIFETIME);
        var expiring = LegacyToken.issue(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()), user,
                T0.minus(LIFETIME), LIFETIME.plusSeconds(30));
        store().add(newer);
        store().add(older);
        store().add(expiring);
        stored(storedUser());

        assertThat(store().liveByUser(user, T0.plusSeconds(30))).containsExactly(older, newer);
        assertThat(store().liveByUser(user, T0.plusSeconds(10))).containsExactly(expiring, older, newer);
    }

    @Test
    void aTokenIsDeletedByItsIdOnlyForItsOwnUser() {
        var owner = storedUser();
        var token = stored(owner);

        assertThat(store().deleteById(storedUser(), token.id())).isFalse();
        assertThat(store().findLive(token.tokenHash(), T0)).contains(token);
        assertThat(store().deleteById(owner, token.id())).isTrue();
        assertThat(store().deleteById(owner, token.id())).isFalse();
        assertThat(store().findLive(token.tokenHash(), T0)).isEmpty();
    }

    @Test
    void aDeletedTokenIsGoneAndOnlyThatOne() {
        var user = storedUser();
        var deleted = stored(user);
        var other = stored(user);

        assertThat(store().delete(deleted.tokenHash())).isTrue();
        assertThat(store().delete(deleted.tokenHash())).isFalse();
        assertThat(store().findLive(deleted.tokenHash(), T0)).isEmpty();
        assertThat(store().findLive(other.tokenHash(), T0)).contains(other);
    }

    @Test
    void deletingAllOfAUserLeavesOtherUsersTokensAlone() {
        var user = storedUser();
        var first = stored(user);
        var second = stored(user);
        var strangers = stored(storedUser());

        assertThat(store().deleteAllOfUser(user, Optional.empty(), T0)).isEqualTo(2);

        assertThat(store().findLive(first.tokenHash(), T0)).isEmpty();
        assertThat(store().findLive(second.tokenHash(), T0)).isEmpty();
        assertThat(store().findLive(strangers.tokenHash(), T0)).contains(strangers);
        assertThat(store().deleteAllOfUser(user, Optional.empty(), T0)).isZero();
    }

    @Test
    void deletingAllOfAUserCanKeepOneAndCountsOnlyLiveOnes() {
        var user = storedUser();
        var kept = stored(user);
        var live = stored(user);
        var expired = LegacyToken.issue(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()), user,
                T0.minus(LIFETIME).minusSeconds(1), LIFETIME);
        store().add(expired);

        assertThat(store().deleteAllOfUser(user, Optional.of(kept.id()), T0)).isEqualTo(1);

        assertThat(store().findLive(kept.tokenHash(), T0)).contains(kept);
        assertThat(store().findLive(live.tokenHash(), T0)).isEmpty();
        assertThat(store().delete(expired.tokenHash())).as("the expired token went too").isFalse();
    }

    @Test
    void purgeExpiredRemovesExpiredTokensInBoundedBatchesAndKeepsLiveOnes() {
        var user = storedUser();
        var live = stored(user); // first: a store may drop its user's expired tokens as it adds one
        var expired = new java.util.ArrayList<LegacyToken>();
        for (int i = 0; i < 3; i++) {
            var token = LegacyToken.issue(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()), user,
                    T0.minus(LIFETIME).minusSeconds(1), LIFETIME);
            store().add(token);
            expired.add(token);
        }

        assertThat(store().purgeExpired(T0, 2)).isEqualTo(2);
        assertThat(Purges.drain(batch -> store().purgeExpired(T0, batch), 2)).isGreaterThanOrEqualTo(1);

        // delete says whether the token was still stored
        expired.forEach(token -> assertThat(store().delete(token.tokenHash())).isFalse());
        assertThat(store().findLive(live.tokenHash(), T0)).contains(live);
    }
}
