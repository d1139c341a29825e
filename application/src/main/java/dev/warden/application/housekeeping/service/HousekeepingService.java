package dev.warden.application.housekeeping.service;

import dev.warden.application.housekeeping.HousekeepingSettings;
import dev.warden.application.housekeeping.port.in.HousekeepingUseCase;
import dev.warden.application.housekeeping.port.out.ClusterLock;
import dev.warden.application.housekeeping.port.out.HousekeepingReport;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.mail.port.out.SignInCodeStore;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.function.IntUnaryOperator;

/**
 * Sweeps each kind through its store's purge, batch after batch with a pause between, until a batch comes back short.
 * MFA and passkey challenges, sessions, OAuth logins and rate-limit buckets are not swept: they live in Redis with a
 * TTL each, or in process memory, dropped as new ones arrive.
 */
public final class HousekeepingService implements HousekeepingUseCase {
    static final String LOCK = "warden-housekeeping";

    private final RevokedAccessTokens revocations;
    private final OneTimeTokenStore oneTimeTokens;
    private final SignInCodeStore signInCodes;
    private final RefreshTokenStore refreshTokens;
    private final LegacyTokenStore legacyTokens;
    private final AuditLog audit;
    private final ClusterLock lock;
    private final HousekeepingReport report;
    private final Clock clock;
    private final HousekeepingSettings settings;

    public HousekeepingService(RevokedAccessTokens revocations, OneTimeTokenStore oneTimeTokens,
                               SignInCodeStore signInCodes, RefreshTokenStore refreshTokens,
                               LegacyTokenStore legacyTokens, AuditLog audit, ClusterLock lock,
                               HousekeepingReport report, Clock clock, HousekeepingSettings settings) {
        this.revocations = revocations;
        this.oneTimeTokens = oneTimeTokens;
        this.signInCodes = signInCodes;
        this.refreshTokens = refreshTokens;
        this.legacyTokens = legacyTokens;
        this.audit = audit;
        this.lock = lock;
        this.report = report;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public Sweep sweep() {
        return lock.runExclusively(LOCK, this::sweepHoldingTheLock).orElseGet(Sweep::skipped);
    }

    private Sweep sweepHoldingTheLock() {
        var now = clock.now();
        var removed = new LinkedHashMap<String, Long>();
        removed.put(Kind.REVOKED_ACCESS_TOKENS, drain(batch -> revocations.purgeExpired(now, batch)));
        removed.put(Kind.ONE_TIME_TOKENS, drain(batch -> oneTimeTokens.purgeExpired(now, batch)));
        removed.put(Kind.SIGN_IN_CODES, drain(batch -> signInCodes.purgeExpired(now, batch)));
        removed.put(Kind.REFRESH_TOKENS, drain(batch -> refreshTokens.purgeExpired(now, batch)));
        removed.put(Kind.LEGACY_TOKENS, drain(batch -> legacyTokens.purgeExpired(now, batch)));
        Instant auditCutoff = now.minus(settings.auditRetention());
        removed.put(Kind.AUDIT_ENTRIES, drain(batch -> audit.purgeOlderThan(auditCutoff, batch)));
        removed.forEach(report::removed);
        return new Sweep(true, removed);
    }

    private long drain(IntUnaryOperator purge) {
        int batch = settings.batchSize();
        long total = 0;
        while (true) {
            int removed = purge.applyAsInt(batch);
            total += removed;
            if (removed < batch) {
                return total;
            }
            pause();
        }
    }

    private void pause() {
        if (settings.pause().isZero()) {
            return;
        }
        try {
            Thread.sleep(settings.pause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("housekeeping interrupted", e);
        }
    }
}
