package dev.warden.usecase;

import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.housekeeping.port.in.HousekeepingUseCase.Kind;
import dev.warden.domain.audit.AuditEntry;
import dev.warden.domain.error.AuthError;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HousekeepingUseCaseTest {
    private final Warden warden = new Warden();

    @Test
    void aSweepRemovesWhatExpiredAndKeepsWhatStillWorks() {
        warden.registered("ada");
        var loggedOut = new java.util.ArrayList<dev.warden.application.token.port.in.TokenPair>();
        for (int i = 0; i < 3; i++) {
            var login = warden.loggedIn("ada");
            warden.logOut(login, Optional.of(login.refreshToken()));
            loggedOut.add(login);
        }
        var kept = warden.loggedIn("ada");
        warden.clock.advance(Duration.ofDays(25));
        var rotated = warden.refreshed(kept.refreshToken()); // its family lives on, 30 days from here
        warden.clock.advance(Duration.ofDays(6));            // 31 days: the logged-out families are over

        assertThat(warden.housekeeping.sweep().ran()).isTrue();

        var removed = warden.housekeepingReported;
        assertThat(removed.get(Kind.REVOKED_ACCESS_TOKENS)).isGreaterThanOrEqualTo(3); // several batches of two
        assertThat(removed.get(Kind.REFRESH_TOKENS)).isEqualTo(3);
        assertThat(removed).containsKeys(Kind.ONE_TIME_TOKENS, Kind.SIGN_IN_CODES, Kind.LEGACY_TOKENS,
                Kind.AUDIT_ENTRIES);
        assertThat(warden.revokedAccessTokens.unexpired(dev.warden.usecase.Warden.T0)).isEmpty();
        // what lives still works, and the spent token of the live family still gives it away when replayed
        assertThat(warden.refreshed(rotated.refreshToken()).accessToken()).isNotBlank();
        assertThat(errorOf(() -> warden.refreshed(kept.refreshToken())))
                .isEqualTo(new AuthError.InvalidRefreshToken());
        // a second sweep finds nothing
        warden.housekeepingReported.clear();
        assertThat(warden.housekeeping.sweep().total()).isZero();
    }

    @Test
    void auditEntriesGoAfterTheirRetention() {
        var actor = warden.registered("grace").id();
        var old = new AuditEntry(UUID.randomUUID(), warden.clock.now(), actor, "deactivate", actor, "", "");
        warden.audit.record(old);
        warden.clock.advance(Duration.ofDays(300));
        var recent = new AuditEntry(UUID.randomUUID(), warden.clock.now(), actor, "roles", actor, "", "");
        warden.audit.record(recent);
        warden.clock.advance(Duration.ofDays(101));

        var sweep = warden.housekeeping.sweep();

        assertThat(sweep.removed()).containsEntry(Kind.AUDIT_ENTRIES, 1L);
        assertThat(warden.audit.newestFirst(0, 10)).containsExactly(recent);
    }

    @Test
    void whileAnotherSweepHoldsTheLockASweepDoesNothing() throws Exception {
        warden.registered("ada");
        var login = warden.loggedIn("ada");
        warden.logOut(login, Optional.empty());
        warden.clock.advance(Duration.ofDays(8));
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var other = CompletableFuture.runAsync(() -> warden.clusterLock.runExclusively("warden-housekeeping", () -> {
            holding.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }), java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        var skipped = warden.housekeeping.sweep();

        assertThat(skipped.ran()).isFalse();
        assertThat(skipped.removed()).isEmpty();
        assertThat(warden.revokedAccessTokens.unexpired(dev.warden.usecase.Warden.T0)).isNotEmpty();
        release.countDown();
        other.get(10, TimeUnit.SECONDS);
        assertThat(warden.housekeeping.sweep().removed().get(Kind.REVOKED_ACCESS_TOKENS)).isEqualTo(1L);
    }
}
