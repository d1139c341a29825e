package dev.warden.application.account.port.out;

import static dev.warden.application.account.port.out.TestUsers.unique;
import static dev.warden.application.account.port.out.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.MembershipLevel;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} must do. Each adapter's test extends this class. */
public abstract class UserRepositoryContract {

    protected abstract UserRepository repository();

    @Test
    void storedUserIsFoundByIdUsernameKeyAndEmailKey() {
        var name = unique("ada");
        var user = user(name, name + "@example.com");
        repository().add(user);

        assertThat(repository().findById(user.id())).contains(user);
        assertThat(repository().findByUsernameKey(user.username().key())).contains(user);
        assertThat(repository().findByEmailKey(user.email().key())).contains(user);
    }

    @Test
    void lookupsAreByNormalizedKeySoCaseAndWidthDoNotMatter() {
        var name = unique("Grace");
        var user = user(name, name + "@Example.com");
        repository().add(user);

        var fullWidth = name.toUpperCase().replace("G", "\uFF27"); // FULLWIDTH LATIN CAPITAL G
        assertThat(repository().findByUsernameKey(Username.keyOf(fullWidth))).contains(user);
        assertThat(repository().findByEmailKey(Email.keyOf(name.toLowerCase() + "@EXAMPLE.COM"))).contains(user);
    }

    @Test
    void unknownUserIsEmpty() {
        assertThat(repository().findById(new UserId(UUID.randomUUID()))).isEmpty();
        assertThat(repository().findByUsernameKey("nobody-" + UUID.randomUUID())).isEmpty();
        assertThat(repository().findByEmailKey("nobody-" + UUID.randomUUID() + "@example.com")).isEmpty();
    }

    @Test
    void takenUsernameIsRefusedAndNothingIsStored() {
        var name = unique("linus");
        repository().add(user(name, name + "@example.com"));
        var twin = user(name.toUpperCase(), unique("other") + "@example.com");

        assertThatThrownBy(() -> repository().add(twin))
                .isInstanceOfSatisfying(AuthException.class,
                        e -> assertThat(e.error()).isInstanceOf(AuthError.UsernameTaken.class));
        assertThat(repository().findById(twin.id())).isEmpty();
    }

    @Test
    void takenEmailIsRefusedAndNothingIsStored() {
        var name = unique("margaret");
        repository().add(user(name, name + "@example.com"));
        var twin = user(unique("other"), name.toUpperCase() + "@EXAMPLE.com");

        assertThatThrownBy(() -> repository().add(twin))
                .isInstanceOfSatisfying(AuthException.class,
                        e -> assertThat(e.error()).isInstanceOf(AuthError.EmailTaken.class));
        assertThat(repository().findById(twin.id())).isEmpty();
    }

    @Test
    void concurrentAddsOfOneUsernameStoreExactlyOne() throws Exception {
        var name = unique("race");
        int attempts = 12;
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Boolean>>();
        try (var pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                var candidate = user(name, unique("race") + "@example.com");
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        repository().add(candidate);
                        return true;
                    } catch (AuthException e) {
                        assertThat(e.error()).isInstanceOf(AuthError.UsernameTaken.class);
                        return false;
                    }
                }));
            }
            start.countDown();
            int stored = 0;
            for (var result : results) {
                stored += result.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        }
    }

    @Test
    void updateReplacesTheStoredState() {
        var name = unique("barbara");
        var user = user(name, name + "@example.com");
        repository().add(user);
        var changed = new User(user.id(), user.username(), user.email(), Optional.of("$argon2id$new"),
                "Barbara", "Liskov", false, true, true, true, Optional.of(MembershipLevel.FELLOW),
                Optional.of("github"), Optional.of("4242"), user.dateJoined(),
                Optional.of(TestUsers.micros(TestUsers.T0.plusSeconds(60))));

        repository().update(changed);

        assertThat(repository().findById(user.id())).contains(changed);
    }

    @Test
    void recordingALoginChangesOnlyTheLastLoginTime() {
        var name = unique("katherine");
        var user = user(name, name + "@example.com");
        repository().add(user);
        var deactivated = new User(user.id(), user.username(), user.email(), user.passwordHash(), user.firstName(),
                user.lastName(), false, user.staff(), user.superuser(), user.emailVerified(), user.membership(),
                user.oauthProvider(), user.oauthId(), user.dateJoined(), user.lastLogin());
        repository().update(deactivated);

        repository().recordLogin(user.id(), TestUsers.T0.plusSeconds(30));

        assertThat(repository().findById(user.id())).contains(deactivated.loggedInAt(TestUsers.T0.plusSeconds(30)));
    }

    @Test
    void renamingChangesOnlyTheNames() {
        var name = unique("renamed");
        var user = user(name, name + "@example.com");
        repository().add(user);
        var deactivated = new User(user.id(), user.username(), user.email(), user.passwordHash(), user.firstName(),
                user.lastName(), false, user.staff(), user.superuser(), user.emailVerified(), user.membership(),
                user.oauthProvider(), user.oauthId(), user.dateJoined(), user.lastLogin());
        repository().update(deactivated);

        repository().rename(user.id(), "Ada  Byron Lovelace", "");

        assertThat(repository().findById(user.id())).contains(deactivated.withDisplayName("Ada  Byron Lovelace"));
    }

    @Test
    void replacingThePasswordHashChangesOnlyTheHash() {
        var name = unique("annie");
        var user = user(name, name + "@example.com");
        repository().add(user);

        repository().replacePasswordHash(user.id(), "$argon2id$v=19$m=65536,t=3,p=1$bmV3c2FsdA$bmV3aGFzaA");

        assertThat(repository().findById(user.id()))
                .contains(user.withPasswordHash("$argon2id$v=19$m=65536,t=3,p=1$bmV3c2FsdA$bmV3aGFzaA"));
    }

    @Test
    void pagesAreOrderedByUsernameAndSearchMatchesTheStartOfUsernameOrEmail() {
        var tag = unique("pg").toLowerCase();
        repository().add(user(tag + "_b", tag + "-b@example.com"));
        repository().add(user(tag + "_a", tag + "-a@example.com"));
        repository().add(user("other" + tag, tag + "_c@example.com"));

        var prefix = Optional.of(Username.keyOf(tag + "_"));
        assertThat(repository().count(prefix)).isEqualTo(3);
        assertThat(repository().page(0, 2, prefix)).extracting(found -> found.username().value())
                .containsExactly("other" + tag, tag + "_a");
        assertThat(repository().page(2, 2, prefix)).extracting(found -> found.username().value())
                .containsExactly(tag + "_b");
        assertThat(repository().count(Optional.empty())).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aDeletedUserIsGoneAndItsNameAndEmailAreFreeAgain() {
        var name = unique("gone");
        var user = user(name, name + "@example.com");
        repository().add(user);

        repository().delete(user.id());

        assertThat(repository().findById(user.id())).isEmpty();
        repository().add(user(name, name + "@example.com"));
        assertThat(repository().findByUsernameKey(Username.keyOf(name))).isPresent();
    }

    private static User withFlags(User user, boolean active, boolean superuser) {
        return new User(user.id(), user.username(), user.email(), user.passwordHash(), user.firstName(),
                user.lastName(), active, user.staff(), superuser, user.emailVerified(), user.membership(),
                user.oauthProvider(), user.oauthId(), user.dateJoined(), user.lastLogin());
    }

    private User storedSuperuser(String prefix) {
        var name = unique(prefix);
        var superuser = user(name, name + "@example.com").asBootstrapAdministrator();
        repository().add(superuser);
        return superuser;
    }

    /** Leaves {@code keep} as the only active superusers of the store (earlier tests may have stored others). */
    private void onlyActiveSuperusers(User... keep) {
        var kept = java.util.Arrays.stream(keep).map(User::id).toList();
        for (var stored : repository().page(0, (int) repository().count(Optional.empty()) + 1, Optional.empty())) {
            if (stored.activeSuperuser() && !kept.contains(stored.id())) {
                repository().update(withFlags(stored, stored.active(), false));
            }
        }
    }

    @Test
    void theOnlyActiveSuperuserIsNeitherDemotedNorDeactivatedNorDeleted() {
        var root = storedSuperuser("root");
        onlyActiveSuperusers(root);

        assertThat(repository().updateKeepingAnActiveSuperuser(withFlags(root, true, false))).isFalse();
        assertThat(repository().updateKeepingAnActiveSuperuser(withFlags(root, false, true))).isFalse();
        assertThat(repository().deleteKeepingAnActiveSuperuser(root.id())).isFalse();
        assertThat(repository().findById(root.id())).contains(root);
    }

    @Test
    void anActiveSuperuserMayGoWhileAnotherStays() {
        var one = storedSuperuser("one");
        var other = storedSuperuser("other");
        onlyActiveSuperusers(one, other);

        assertThat(repository().updateKeepingAnActiveSuperuser(withFlags(one, false, true))).isTrue();
        assertThat(repository().findById(one.id())).contains(withFlags(one, false, true));
        assertThat(repository().deleteKeepingAnActiveSuperuser(other.id())).as("now the last one").isFalse();
        assertThat(repository().deleteKeepingAnActiveSuperuser(one.id())).as("no longer active").isTrue();
        assertThat(repository().findById(one.id())).isEmpty();
    }

    @Test
    void changesThatRemoveNoActiveSuperuserGoThroughLikeUpdateAndDelete() {
        var root = storedSuperuser("root");
        var name = unique("plain");
        var plain = user(name, name + "@example.com");
        repository().add(plain);
        onlyActiveSuperusers(root);
        var member = new User(root.id(), root.username(), root.email(), root.passwordHash(), "Root", "",
                true, false, true, true, Optional.of(MembershipLevel.FELLOW), Optional.empty(), Optional.empty(),
                root.dateJoined(), root.lastLogin());

        assertThat(repository().updateKeepingAnActiveSuperuser(member)).isTrue();
        assertThat(repository().updateKeepingAnActiveSuperuser(withFlags(plain, false, false))).isTrue();
        assertThat(repository().findById(root.id())).contains(member);
        assertThat(repository().findById(plain.id())).contains(withFlags(plain, false, false));
        assertThat(repository().deleteKeepingAnActiveSuperuser(plain.id())).isTrue();
        assertThat(repository().findById(plain.id())).isEmpty();
        assertThat(repository().deleteKeepingAnActiveSuperuser(new UserId(UUID.randomUUID()))).isTrue();
    }

    @Test
    void ofConcurrentRemovalsOfTheLastTwoActiveSuperusersOneIsRefused() throws Exception {
        for (int round = 0; round < 8; round++) {
            var one = storedSuperuser("one");
            var other = storedSuperuser("other");
            onlyActiveSuperusers(one, other);
            var start = new CountDownLatch(1);
            boolean deleting = round % 2 == 1;
            try (var pool = Executors.newFixedThreadPool(2)) {
                var first = pool.submit(() -> {
                    start.await();
                    return repository().updateKeepingAnActiveSuperuser(withFlags(one, true, false));
                });
                var second = pool.submit(() -> {
                    start.await();
                    return deleting ? repository().deleteKeepingAnActiveSuperuser(other.id())
                            : repository().updateKeepingAnActiveSuperuser(withFlags(other, false, true));
                });
                start.countDown();
                assertThat(List.of(first.get(), second.get())).as("round %d", round)
                        .containsExactlyInAnyOrder(true, false);
            }
            var left = java.util.stream.Stream.of(one, other).map(User::id).map(repository()::findById)
                    .flatMap(Optional::stream).filter(User::activeSuperuser).toList();
            assertThat(left).as("round %d", round).hasSize(1);
        }
    }

    @Test
    void accountWithoutPasswordKeepsNoHash() {
        var name = unique("oauth");
        var base = user(name, name + "@example.com");
        var withoutPassword = new User(base.id(), base.username(), base.email(), Optional.empty(), "", "",
                true, false, false, true, Optional.empty(), Optional.of("google"), Optional.of("g-1"),
                base.dateJoined(), Optional.empty());

        repository().add(withoutPassword);

        assertThat(repository().findById(base.id())).contains(withoutPassword);
    }
}
