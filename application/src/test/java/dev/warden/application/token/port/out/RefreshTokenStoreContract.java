package dev.warden.application.token.port.out;

import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.shared.port.out.Purges;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.token.AccessGrant;
import dev.warden.domain.token.RefreshToken;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RefreshTokenStore} must do. Each adapter's test extends this class. */
public abstract class RefreshTokenStoreContract {
    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final Duration FAMILY_MAX_AGE = Duration.ofDays(90);

    protected abstract RefreshTokenStore store();

    /** A user that exists in the adapter's backing store (stores may keep a foreign key to users). */
    protected abstract UserId storedUser();

    private UserId owner;

    @BeforeEach
    void createOwner() {
        owner = storedUser();
    }

    private RefreshToken first() {
        var access = new AccessGrant(UUID.randomUUID().toString(), owner, T0, T0.plus(Duration.ofDays(7)));
        return RefreshToken.startFamily(UUID.randomUUID(), "hash-" + UUID.randomUUID(), access, LIFETIME);
    }

    private RefreshToken next(RefreshToken parent) {
        var access = new AccessGrant(UUID.randomUUID().toString(), owner, T0.plusSeconds(60),
                T0.plusSeconds(60).plus(Duration.ofDays(7)));
        return parent.successor(UUID.randomUUID(), "hash-" + UUID.randomUUID(), access, LIFETIME, FAMILY_MAX_AGE);
    }

    @Test
    void storedTokenIsFoundByHashAndByAccessTokenId() {
        var token = first();
        store().add(token);

        assertThat(store().findByHash(token.tokenHash())).contains(token);
        assertThat(store().findByAccessTokenId(token.accessTokenId())).contains(token);
        assertThat(store().findByHash("hash-unknown-" + UUID.randomUUID())).isEmpty();
        assertThat(store().findByAccessTokenId(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void markUsedSpendsTheTokenOnlyOnce() {
        var token = first();
        store().add(token);

        assertThat(store().markUsed(token.id(), T0.plusSeconds(5))).isTrue();
        assertThat(store().markUsed(token.id(), T0.plusSeconds(6))).isFalse();
        var stored = store().findByHash(token.tokenHash()).orElseThrow();
        assertThat(stored.usedAt()).contains(T0.plusSeconds(5));
        assertThat(stored.statusAt(T0.plusSeconds(7))).isEqualTo(RefreshToken.Status.SPENT);
    }

    @Test
    void concurrentSpendsOfOneTokenSucceedOnce() throws Exception {
        var token = first();
        store().add(token);
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Boolean>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store().markUsed(token.id(), T0.plusSeconds(1));
                }));
            }
            start.countDown();
            int wins = 0;
            for (var result : results) {
                wins += result.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        }
    }

    @Test
    void revokingAFamilyRevokesEveryMemberAndReturnsThem() {
        var a = first();
        var b = next(a);
        var other = first();
        store().add(a);
        store().add(b);
        store().add(other);

        var revoked = store().revokeFamily(a.familyId(), T0.plusSeconds(90));

        assertThat(revoked).extracting(RefreshToken::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(store().findByHash(b.tokenHash()).orElseThrow().revokedAt()).contains(T0.plusSeconds(90));
        assertThat(store().findByHash(a.tokenHash()).orElseThrow().statusAt(T0)).isEqualTo(RefreshToken.Status.REVOKED);
        assertThat(store().findByHash(other.tokenHash()).orElseThrow().revokedAt()).isEmpty();
        assertThat(store().markUsed(b.id(), T0.plusSeconds(100))).isFalse();
    }

    @Test
    void liveByUserListsTheHeadOfEachLiveFamilyWithItsOrigin() {
        var client = new ClientInfo("Firefox/140", "203.0.113.9");
        var access = new AccessGrant(UUID.randomUUID().toString(), owner, T0, T0.plus(Duration.ofDays(7)));
        var a = RefreshToken.startFamily(UUID.randomUUID(), "hash-" + UUID.randomUUID(), access, LIFETIME, client);
        var b = next(a);
        var spentFamily = first();
        var revokedFamily = first();
        store().add(a);
        store().add(b);
        store().add(spentFamily);
        store().add(revokedFamily);
        store().markUsed(a.id(), T0.plusSeconds(60));
        store().markUsed(spentFamily.id(), T0.plusSeconds(60));
        store().revokeFamily(revokedFamily.familyId(), T0.plusSeconds(60));

        var live = store().liveByUser(owner, T0.plusSeconds(120));

        assertThat(live).containsExactly(b);
        assertThat(live.getFirst().client()).isEqualTo(client);
        assertThat(live.getFirst().familyStartedAt()).isEqualTo(T0);
        assertThat(store().liveByUser(owner, T0.plus(LIFETIME).plusSeconds(61))).isEmpty();
    }

    @Test
    void aSuccessorIssuedNearItsFamilysEndIsKeptWithThatEndAndIsNotLiveAfterIt() {
        var a = first();
        var late = T0.plus(Duration.ofDays(80));
        var access = new AccessGrant(UUID.randomUUID().toString(), owner, late, late.plus(Duration.ofDays(7)));
        var b = a.successor(UUID.randomUUID(), "hash-" + UUID.randomUUID(), access, LIFETIME, FAMILY_MAX_AGE);
        store().add(a);
        store().markUsed(a.id(), late);
        store().add(b);

        assertThat(store().findByHash(b.tokenHash()).orElseThrow().expiresAt()).isEqualTo(T0.plus(FAMILY_MAX_AGE));
        assertThat(store().liveByUser(owner, T0.plus(FAMILY_MAX_AGE).minusSeconds(1))).containsExactly(b);
        assertThat(store().liveByUser(owner, T0.plus(FAMILY_MAX_AGE))).isEmpty();
    }

    @Test
    void revokingAgainKeepsTheFirstRevocationTime() {
        var a = first();
        store().add(a);
        store().revokeFamily(a.familyId(), T0.plusSeconds(10));
        store().revokeFamily(a.familyId(), T0.plusSeconds(20));

        assertThat(store().findByHash(a.tokenHash()).orElseThrow().revokedAt()).isEqualTo(Optional.of(T0.plusSeconds(10)));
    }

    @Test
    void purgeExpiredRemovesFamiliesWhoseLifeIsOverAndKeepsEveryTokenOfALiveFamily() {
        // a dead family: spent, then its successor expired, and the access tokens with them
        var spent = first();
        store().add(spent);
        store().markUsed(spent.id(), T0.plusSeconds(60));
        var successor = next(spent);
        store().add(successor);
        var afterDeath = successor.expiresAt().plusSeconds(1);
        // another dead family, revoked
        var revoked = first();
        store().add(revoked);
        store().revokeFamily(revoked.familyId(), T0.plusSeconds(5));
        // a live family: its first token spent, its successor still live at afterDeath
        var liveFirst = first();
        store().add(liveFirst);
        store().markUsed(liveFirst.id(), T0.plusSeconds(60));
        var access = new AccessGrant(UUID.randomUUID().toString(), owner, afterDeath.minusSeconds(60),
                afterDeath.plus(Duration.ofDays(7)));
        var liveSuccessor = liveFirst.successor(UUID.randomUUID(), "hash-" + UUID.randomUUID(), access, LIFETIME,
                FAMILY_MAX_AGE);
        store().add(liveSuccessor);

        assertThat(store().purgeExpired(afterDeath, 2)).isEqualTo(2);
        assertThat(Purges.drain(batch -> store().purgeExpired(afterDeath, batch), 2)).isGreaterThanOrEqualTo(1);

        assertThat(store().findByHash(spent.tokenHash())).isEmpty();
        assertThat(store().findByHash(successor.tokenHash())).isEmpty();
        assertThat(store().findByHash(revoked.tokenHash())).isEmpty();
        assertThat(store().findByAccessTokenId(spent.accessTokenId())).isEmpty();
        // the spent token of the live family stays: presenting it again must still revoke the family
        assertThat(store().findByHash(liveFirst.tokenHash())).isPresent();
        assertThat(store().findByHash(liveSuccessor.tokenHash())).isPresent();
    }
}
