package dev.warden.application.secondfactor.port.out;

import static dev.warden.application.account.port.out.TestUsers.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.account.port.out.TestUsers;
import dev.warden.domain.mfa.TotpEnrollment;
import dev.warden.domain.mfa.TotpPolicy;
import dev.warden.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link TotpStore} must do. Each adapter's test extends this class. */
public abstract class TotpStoreContract {
    private static final Set<String> HASHES = Set.of("a".repeat(64), "b".repeat(64), "c".repeat(64));

    protected abstract TotpStore store();

    /** A user the store may refer to (a row in the users table, where there is one). */
    protected abstract UserId storedUser();

    private static byte[] sealed(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private UserId enabledUser(long step) {
        var user = storedUser();
        assertThat(store().savePending(TotpEnrollment.pending(user, sealed("secret-1"), T0))).isTrue();
        assertThat(store().enable(user, sealed("secret-1"), T0.plusSeconds(60), step, HASHES)).isTrue();
        return user;
    }

    @Test
    void aPendingAuthenticatorIsFoundAsSavedAndIsNotEnabled() {
        var user = storedUser();

        assertThat(store().find(user)).isEmpty();
        assertThat(store().savePending(TotpEnrollment.pending(user, sealed("secret-1"), T0))).isTrue();

        var found = store().find(user).orElseThrow();
        assertThat(found.userId()).isEqualTo(user);
        assertThat(found.sealedSecret()).isEqualTo(sealed("secret-1"));
        assertThat(found.createdAt()).isEqualTo(TestUsers.micros(T0));
        assertThat(found.enabled()).isFalse();
        assertThat(found.lastUsedStep()).isEqualTo(TotpPolicy.NO_STEP);
    }

    @Test
    void aNewSetUpReplacesAPendingOneButNeverAnEnabledOne() {
        var user = storedUser();
        store().savePending(TotpEnrollment.pending(user, sealed("secret-1"), T0));

        assertThat(store().savePending(TotpEnrollment.pending(user, sealed("secret-2"), T0.plusSeconds(5)))).isTrue();
        assertThat(store().find(user).orElseThrow().sealedSecret()).isEqualTo(sealed("secret-2"));

        var enabled = enabledUser(100);
        assertThat(store().savePending(TotpEnrollment.pending(enabled, sealed("secret-3"), T0))).isFalse();
        assertThat(store().find(enabled).orElseThrow().sealedSecret()).isEqualTo(sealed("secret-1"));
        assertThat(store().find(enabled).orElseThrow().enabled()).isTrue();
    }

    @Test
    void enablingRecordsTheStepAndTheRecoveryCodes() {
        var user = enabledUser(100);

        var found = store().find(user).orElseThrow();
        assertThat(found.enabled()).isTrue();
        assertThat(found.enabledAt()).contains(TestUsers.micros(T0.plusSeconds(60)));
        assertThat(found.lastUsedStep()).isEqualTo(100);
        assertThat(store().recoveryCodesLeft(user)).isEqualTo(3);
    }

    @Test
    void onlyThePendingSecretThatWasCheckedCanBeEnabledAndOnlyOnce() {
        var user = storedUser();
        store().savePending(TotpEnrollment.pending(user, sealed("secret-1"), T0));
        store().savePending(TotpEnrollment.pending(user, sealed("secret-2"), T0));

        assertThat(store().enable(user, sealed("secret-1"), T0, 100, HASHES)).isFalse();
        assertThat(store().find(user).orElseThrow().enabled()).isFalse();
        assertThat(store().recoveryCodesLeft(user)).isZero();

        assertThat(store().enable(user, sealed("secret-2"), T0, 100, HASHES)).isTrue();
        assertThat(store().enable(user, sealed("secret-2"), T0, 200, Set.of("d".repeat(64)))).isFalse();
        assertThat(store().find(user).orElseThrow().lastUsedStep()).isEqualTo(100);
        assertThat(store().useRecoveryCode(user, "d".repeat(64))).isFalse();
        assertThat(store().enable(storedUser(), sealed("secret-2"), T0, 100, HASHES)).isFalse();
    }

    @Test
    void aStepIsAcceptedOnlyWhenLaterThanTheLastOne() {
        var user = enabledUser(100);

        assertThat(store().advanceStep(user, 100)).isFalse();
        assertThat(store().advanceStep(user, 99)).isFalse();
        assertThat(store().advanceStep(user, 101)).isTrue();
        assertThat(store().advanceStep(user, 101)).isFalse();
        assertThat(store().find(user).orElseThrow().lastUsedStep()).isEqualTo(101);
    }

    @Test
    void aPendingAuthenticatorAcceptsNoStep() {
        var user = storedUser();
        store().savePending(TotpEnrollment.pending(user, sealed("secret-1"), T0));

        assertThat(store().advanceStep(user, 5)).isFalse();
        assertThat(store().advanceStep(storedUser(), 5)).isFalse();
    }

    @Test
    void theSameStepSentTogetherIsAcceptedOnce() throws Exception {
        var user = enabledUser(100);
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 20; i++) {
            attempts.add(() -> store().advanceStep(user, 101));
        }

        int accepted = 0;
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (var result : threads.invokeAll(attempts)) {
                accepted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
        }

        assertThat(accepted).isEqualTo(1);
    }

    @Test
    void aRecoveryCodeWorksOnceAndOnlyForItsUser() {
        var user = enabledUser(100);
        var other = enabledUser(100);

        assertThat(store().useRecoveryCode(user, "a".repeat(64))).isTrue();
        assertThat(store().useRecoveryCode(user, "a".repeat(64))).isFalse();
        assertThat(store().useRecoveryCode(user, "e".repeat(64))).isFalse();
        assertThat(store().recoveryCodesLeft(user)).isEqualTo(2);
        assertThat(store().recoveryCodesLeft(other)).isEqualTo(3);
        assertThat(store().useRecoveryCode(other, "a".repeat(64))).isTrue();
    }

    @Test
    void deletingForgetsTheAuthenticatorAndItsRecoveryCodes() {
        var user = enabledUser(100);
        var other = enabledUser(100);

        assertThat(store().delete(user)).isTrue();

        assertThat(store().find(user)).isEmpty();
        assertThat(store().recoveryCodesLeft(user)).isZero();
        assertThat(store().useRecoveryCode(user, "b".repeat(64))).isFalse();
        assertThat(store().delete(user)).isFalse();
        assertThat(store().find(other)).isPresent();
        assertThat(store().savePending(TotpEnrollment.pending(user, sealed("secret-9"), T0))).isTrue();
    }
}
