package dev.warden.application.mail.port.out;


import dev.warden.application.shared.port.out.Purges;
import dev.warden.domain.token.OneTimeToken.Purpose;
import dev.warden.domain.token.OneTimeToken;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link OneTimeTokenStore} must do. Each adapter's test extends this class. */
public abstract class OneTimeTokenStoreContract {

    protected abstract OneTimeTokenStore store();

    /** A user that exists in the adapter's backing store. */
    protected abstract UserId storedUser();

    private static OneTimeToken token(UserId user, Purpose purpose) {
        return OneTimeToken.issue(UUID.randomUUID(), "hash-" + UUID.randomUUID(), user, purpose, "ada@example.com",
                T0, Duration.ofHours(1));
    }

    @Test
    void storedTokenIsFoundByHashAndUnknownOnesAreNot() {
        var token = token(storedUser(), Purpose.VERIFY_EMAIL);
        store().add(token);

        assertThat(store().findByHash(token.tokenHash())).contains(token);
        assertThat(store().findByHash("hash-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void aTokenIsConsumedOnce() {
        var token = token(storedUser(), Purpose.RESET_PASSWORD);
        store().add(token);

        assertThat(store().consume(token.id(), T0.plusSeconds(5))).isTrue();
        assertThat(store().consume(token.id(), T0.plusSeconds(6))).isFalse();
        assertThat(store().findByHash(token.tokenHash()).orElseThrow().usedAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void invalidatingKillsTheUsersUnusedTokensOfThatPurposeOnly() {
        var user = storedUser();
        var reset1 = token(user, Purpose.RESET_PASSWORD);
        var reset2 = token(user, Purpose.RESET_PASSWORD);
        var verify = token(user, Purpose.VERIFY_EMAIL);
        var otherUsers = token(storedUser(), Purpose.RESET_PASSWORD);
        store().add(reset1);
        store().add(reset2);
        store().add(verify);
        store().add(otherUsers);

        store().invalidateAll(user, Purpose.RESET_PASSWORD, T0.plusSeconds(10));

        assertThat(store().findByHash(reset1.tokenHash()).orElseThrow().isUsableFor(Purpose.RESET_PASSWORD, T0)).isFalse();
        assertThat(store().findByHash(reset2.tokenHash()).orElseThrow().isUsableFor(Purpose.RESET_PASSWORD, T0)).isFalse();
        assertThat(store().findByHash(verify.tokenHash()).orElseThrow().isUsableFor(Purpose.VERIFY_EMAIL, T0)).isTrue();
        assertThat(store().findByHash(otherUsers.tokenHash()).orElseThrow().isUsableFor(Purpose.RESET_PASSWORD, T0)).isTrue();
        assertThat(store().consume(reset1.id(), T0.plusSeconds(11))).isFalse();
    }

    @Test
    void anEmailChangeTokenKeepsTheNewAddressAsTypedWithItsKey() {
        var user = storedUser();
        var newAddress = Email.of("Ada.Lovelace@Bücher.example");
        var change = OneTimeToken.issueEmailChange(UUID.randomUUID(), "hash-" + UUID.randomUUID(), user,
                "ada@example.com", newAddress, T0, Duration.ofHours(24));
        var reset = token(user, Purpose.RESET_PASSWORD);
        store().add(change);
        store().add(reset);

        var found = store().findByHash(change.tokenHash()).orElseThrow();
        assertThat(found).isEqualTo(change);
        assertThat(found.newEmail()).contains(newAddress);
        assertThat(found.newEmail().orElseThrow().key()).isEqualTo(newAddress.key());
        assertThat(store().findByHash(reset.tokenHash()).orElseThrow().newEmail()).isEmpty();

        store().invalidateAll(user, Purpose.CHANGE_EMAIL, T0.plusSeconds(1));
        var invalidated = store().findByHash(change.tokenHash()).orElseThrow();
        assertThat(invalidated.isUsableFor(Purpose.CHANGE_EMAIL, T0)).isFalse();
        assertThat(invalidated.newEmail()).contains(newAddress);
        assertThat(store().findByHash(reset.tokenHash()).orElseThrow().isUsableFor(Purpose.RESET_PASSWORD, T0)).isTrue();
    }

    @Test
    void purgeExpiredRemovesExpiredAndUsedTokensInBoundedBatchesAndKeepsLiveOnes() {
        var user = storedUser();
        var expired = OneTimeToken.issue(UUID.randomUUID(), "hash-" + UUID.randomUUID(), user, Purpose.VERIFY_EMAIL,
                "ada@example.com", T0.minus(Duration.ofHours(2)), Duration.ofHours(1));
        var used = token(user, Purpose.RESET_PASSWORD);
        var change = OneTimeToken.issueEmailChange(UUID.randomUUID(), "hash-" + UUID.randomUUID(), user,
                "ada@example.com", Email.of("new@example.com"), T0.minus(Duration.ofDays(2)),
                Duration.ofHours(24));
        var live = token(user, Purpose.VERIFY_EMAIL);
        java.util.List.of(expired, used, change, live).forEach(store()::add);
        store().consume(used.id(), T0);

        assertThat(store().purgeExpired(T0, 2)).isEqualTo(2);
        assertThat(Purges.drain(batch -> store().purgeExpired(T0, batch), 2)).isGreaterThanOrEqualTo(1);

        assertThat(store().findByHash(expired.tokenHash())).isEmpty();
        assertThat(store().findByHash(used.tokenHash())).isEmpty();
        assertThat(store().findByHash(change.tokenHash())).isEmpty();
        assertThat(store().findByHash(live.tokenHash())).contains(live);
    }
}
