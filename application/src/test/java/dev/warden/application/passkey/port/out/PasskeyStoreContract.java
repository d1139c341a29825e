package dev.warden.application.passkey.port.out;

import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.account.port.out.TestUsers;
import dev.warden.domain.passkey.Passkey;
import dev.warden.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link PasskeyStore} must do. Each adapter's test extends this class. */
public abstract class PasskeyStoreContract {

    protected abstract PasskeyStore store();

    /** A user the store may refer to (a row in the users table, where there is one). */
    protected abstract UserId storedUser();

    private static Passkey passkey(UserId user, String credentialId, long counter) {
        return Passkey.registered(UUID.randomUUID(), user, credentialId.getBytes(StandardCharsets.UTF_8), "Laptop",
                ("cose key of " + credentialId).getBytes(StandardCharsets.UTF_8), counter,
                List.of("hybrid", "internal"), true, false, T0);
    }

    private static String unique() {
        return "credential-" + UUID.randomUUID();
    }

    @Test
    void aPasskeyIsFoundByItsCredentialIdAsStored() {
        var user = storedUser();
        var credentialId = unique();
        var passkey = passkey(user, credentialId, 3);

        assertThat(store().add(passkey)).isTrue();

        var found = store().findByCredentialId(credentialId.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(found.id()).isEqualTo(passkey.id());
        assertThat(found.userId()).isEqualTo(user);
        assertThat(found.credentialId()).isEqualTo(passkey.credentialId());
        assertThat(found.credentialData()).isEqualTo(passkey.credentialData());
        assertThat(found.name()).isEqualTo("Laptop");
        assertThat(found.signCount()).isEqualTo(3);
        assertThat(found.transports()).containsExactly("hybrid", "internal");
        assertThat(found.backupEligible()).isTrue();
        assertThat(found.backedUp()).isFalse();
        assertThat(found.createdAt()).isEqualTo(TestUsers.micros(T0));
        assertThat(found.lastUsedAt()).isEmpty();
        assertThat(store().findByCredentialId(unique().getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aCredentialIdIsRegisteredOnceAcrossUsers() {
        var credentialId = unique();
        assertThat(store().add(passkey(storedUser(), credentialId, 0))).isTrue();

        var other = storedUser();
        assertThat(store().add(passkey(other, credentialId, 0))).isFalse();
        assertThat(store().listByUser(other)).isEmpty();
    }

    @Test
    void aUserListsOnlyTheirOwnPasskeysOldestFirst() {
        var user = storedUser();
        var first = passkey(user, unique(), 0);
        var second = Passkey.registered(UUID.randomUUID(), user, unique().getBytes(StandardCharsets.UTF_8), "Phone",
                new byte[] {1}, 0, List.of(), false, false, T0.plusSeconds(60));
        store().add(second);
        store().add(first);
        store().add(passkey(storedUser(), unique(), 0));

        assertThat(store().listByUser(user)).extracting(Passkey::id).containsExactly(first.id(), second.id());
    }

    @Test
    void theCounterAdvancesOnlyFromTheValueExpected() {
        var user = storedUser();
        var passkey = passkey(user, unique(), 5);
        store().add(passkey);

        assertThat(store().advanceCounter(passkey.id(), 4, 9, T0.plusSeconds(10))).isFalse();
        assertThat(store().advanceCounter(passkey.id(), 5, 6, T0.plusSeconds(10))).isTrue();
        assertThat(store().advanceCounter(passkey.id(), 5, 7, T0.plusSeconds(20))).isFalse();
        assertThat(store().advanceCounter(UUID.randomUUID(), 0, 1, T0)).isFalse();

        var found = store().listByUser(user).getFirst();
        assertThat(found.signCount()).isEqualTo(6);
        assertThat(found.lastUsedAt()).contains(TestUsers.micros(T0.plusSeconds(10)));
    }

    @Test
    void oneAssertionSentTogetherAdvancesTheCounterOnce() throws Exception {
        var passkey = passkey(storedUser(), unique(), 5);
        store().add(passkey);
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 20; i++) {
            attempts.add(() -> store().advanceCounter(passkey.id(), 5, 6, T0));
        }

        int advanced = 0;
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (var result : threads.invokeAll(attempts)) {
                advanced += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
        }

        assertThat(advanced).isEqualTo(1);
    }

    @Test
    void aUserDeletesOnlyTheirOwnPasskey() {
        var user = storedUser();
        var other = storedUser();
        var passkey = passkey(user, unique(), 0);
        store().add(passkey);

        assertThat(store().delete(other, passkey.id())).isFalse();
        assertThat(store().listByUser(user)).hasSize(1);
        assertThat(store().delete(user, passkey.id())).isTrue();
        assertThat(store().delete(user, passkey.id())).isFalse();
        assertThat(store().findByCredentialId(passkey.credentialId())).isEmpty();
    }

    @Test
    void deletingAllOfAUserLeavesOthersAlone() {
        var user = storedUser();
        var other = storedUser();
        store().add(passkey(user, unique(), 0));
        store().add(passkey(user, unique(), 0));
        store().add(passkey(other, unique(), 0));

        store().deleteAllOf(user);

        assertThat(store().listByUser(user)).isEmpty();
        assertThat(store().listByUser(other)).hasSize(1);
    }
}
