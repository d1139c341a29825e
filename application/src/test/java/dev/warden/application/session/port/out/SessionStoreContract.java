package dev.warden.application.session.port.out;

import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.session.Session;
import dev.warden.domain.session.SessionLifetime;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SessionStore} must do. Each adapter's test extends this class with a store of its own. */
public abstract class SessionStoreContract {
    protected static final Duration LIFETIME = Duration.ofDays(7);
    protected static final Duration MAX_AGE = Duration.ofDays(30);
    protected static final SessionLifetime RULES = new SessionLifetime(LIFETIME, MAX_AGE);

    protected abstract SessionStore store();

    private static Session session(UserId user) {
        return Session.start(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()), user, T0, RULES,
                new ClientInfo("curl/8.5", "127.0.0.1"));
    }

    private static UserId someone() {
        return new UserId(UUID.randomUUID());
    }

    @Test
    void createdSessionIsFoundAndTouchedWhichRollsItsExpiry() {
        var session = session(someone());
        store().create(session);

        var touched = store().findAndTouch(session.secretHash(), T0.plusSeconds(60), RULES);

        assertThat(touched).contains(session.touchedAt(T0.plusSeconds(60), RULES));
        assertThat(touched.orElseThrow().expiresAt()).isEqualTo(T0.plusSeconds(60).plus(LIFETIME));
        assertThat(store().listByUser(session.userId(), T0.plusSeconds(61)))
                .containsExactly(session.touchedAt(T0.plusSeconds(60), RULES));
    }

    @Test
    void unknownSecretFindsNothing() {
        assertThat(store().findAndTouch(TokenDigest.of("nobody"), T0, RULES)).isEmpty();
    }

    @Test
    void expiredSessionIsGoneButOneTouchedInTimeLivesOn() {
        var session = session(someone());
        store().create(session);
        var justBefore = T0.plus(LIFETIME).minusSeconds(1);

        assertThat(store().findAndTouch(session.secretHash(), justBefore, RULES)).isPresent();
        assertThat(store().findAndTouch(session.secretHash(), justBefore.plus(LIFETIME), RULES)).isEmpty();
        assertThat(store().listByUser(session.userId(), justBefore.plus(LIFETIME))).isEmpty();
    }

    @Test
    void deletedSessionIsGone() {
        var session = session(someone());
        store().create(session);

        assertThat(store().delete(session.secretHash())).isTrue();
        assertThat(store().delete(session.secretHash())).isFalse();
        assertThat(store().findAndTouch(session.secretHash(), T0, RULES)).isEmpty();
        assertThat(store().listByUser(session.userId(), T0)).isEmpty();
    }

    @Test
    void listingShowsOnlyTheUsersOwnSessionsOldestFirst() {
        var user = someone();
        var first = session(user);
        var second = Session.start(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()), user,
                T0.plusSeconds(5), RULES, new ClientInfo("Firefox", "10.0.0.2"));
        var stranger = session(someone());
        store().create(second);
        store().create(first);
        store().create(stranger);

        assertThat(store().listByUser(user, T0.plusSeconds(10))).containsExactly(first, second);
    }

    @Test
    void deleteByIdNeedsTheOwner() {
        var owner = someone();
        var session = session(owner);
        store().create(session);

        assertThat(store().deleteById(someone(), session.id(), T0)).isFalse();
        assertThat(store().findAndTouch(session.secretHash(), T0, RULES)).isPresent();
        assertThat(store().deleteById(owner, session.id(), T0)).isTrue();
        assertThat(store().findAndTouch(session.secretHash(), T0, RULES)).isEmpty();
    }

    @Test
    void expiredSessionsAreNeitherDeletedByIdNorCounted() {
        var user = someone();
        var stale = session(user);
        store().create(stale);
        var later = T0.plus(LIFETIME).plusSeconds(1);

        assertThat(store().deleteById(user, stale.id(), later)).isFalse();
        assertThat(store().deleteAllOfUser(user, Optional.empty(), later)).isZero();
    }

    @Test
    void deleteAllOfUserKeepsTheOneAskedForAndTouchesNoOtherUser() {
        var user = someone();
        var keep = session(user);
        var drop1 = session(user);
        var drop2 = session(user);
        var stranger = session(someone());
        store().create(keep);
        store().create(drop1);
        store().create(drop2);
        store().create(stranger);

        assertThat(store().deleteAllOfUser(user, Optional.of(keep.id()), T0)).isEqualTo(2);

        assertThat(store().listByUser(user, T0)).containsExactly(keep);
        assertThat(store().findAndTouch(stranger.secretHash(), T0, RULES)).isPresent();
        assertThat(store().deleteAllOfUser(user, Optional.empty(), T0)).isEqualTo(1);
        assertThat(store().listByUser(user, T0)).isEmpty();
    }

    @Test
    void aSessionInUseEndsAtItsMaximumAgeCountedFromItsCreation() {
        var session = session(someone());
        store().create(session);
        var lastSecond = T0.plus(MAX_AGE).minusSeconds(1);
        for (var day = T0.plus(Duration.ofDays(6)); day.isBefore(lastSecond); day = day.plus(Duration.ofDays(6))) {
            assertThat(store().findAndTouch(session.secretHash(), day, RULES)).as("at %s", day).isPresent();
        }

        var last = store().findAndTouch(session.secretHash(), lastSecond, RULES);

        assertThat(last.orElseThrow().expiresAt()).isEqualTo(T0.plus(MAX_AGE));
        assertThat(store().listByUser(session.userId(), lastSecond)).extracting(Session::expiresAt)
                .containsExactly(T0.plus(MAX_AGE));
        assertThat(store().findAndTouch(session.secretHash(), T0.plus(MAX_AGE), RULES)).isEmpty();
        assertThat(store().listByUser(session.userId(), T0.plus(MAX_AGE))).isEmpty();
    }

    @Test
    void aSessionStoredWithALaterExpiryStillEndsAtItsMaximumAge() {
        // as kept before sessions had a maximum age: used on day 29, so it would live until day 36
        var stored = new Session(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()), someone(), T0,
                T0.plus(Duration.ofDays(29)), T0.plus(Duration.ofDays(36)), ClientInfo.UNKNOWN);
        store().create(stored);

        var touched = store().findAndTouch(stored.secretHash(), T0.plus(Duration.ofDays(29)).plusSeconds(60), RULES);

        assertThat(touched.orElseThrow().expiresAt()).isEqualTo(T0.plus(MAX_AGE));
        assertThat(store().findAndTouch(stored.secretHash(), T0.plus(MAX_AGE), RULES)).isEmpty();
    }
}
