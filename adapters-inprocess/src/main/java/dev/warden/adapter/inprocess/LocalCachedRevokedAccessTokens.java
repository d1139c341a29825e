package dev.warden.adapter.inprocess;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.ChangeNotices.TokenRevoked;
import dev.warden.application.shared.port.out.ChangeNotices;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revocations of a durable store, also held in process memory, so that checking a token (every request with
 * an access token) asks no other server. Every revocation made here goes to the durable store first, then to the
 * set, then (shared) to the other instances; when the durable store or the announcement fails, the revocation still
 * counts here (and wherever it was heard) but is reported as {@link BackingServiceUnavailable}, for another instance
 * may not know of it yet. A revocation in the set is always believed; the absence of one only while the set is known
 * to be complete:
 * <ul>
 *   <li><b>Sole writer</b> (an embedded database that no other instance can open): complete once filled from the
 *       durable store, on first use (again on the next check if that failed).</li>
 *   <li><b>One of several instances</b> ({@link ChangeNotices}: every revocation is announced to every instance,
 *       which adds it): complete once filled from the durable store after the channel was confirmed, so that a
 *       revocation stored before is read and one stored after is heard; no longer when the channel is interrupted
 *       (until it is back and the set filled again). Filled again every {@code reload} besides, which bounds what
 *       an announcement that could not be sent can cost. While not complete, each check asks the durable store.</li>
 * </ul>
 */
public final class LocalCachedRevokedAccessTokens implements RevokedAccessTokens {
    private static final int PRUNE_ABOVE = 4096;
    /** Between two attempts to fill the set (the durable store may be down). */
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final RevokedAccessTokens durable;
    private final Clock clock;
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    /** Absent for the sole writer. */
    private final Optional<Shared> shared;
    private final Object lock = new Object();
    private volatile boolean complete;
    /** When the durable store was last read for a fill that made the set complete. */
    private volatile Instant filledAt = Instant.MIN;
    // guarded by lock: bumped when the channel connects or is interrupted, so that a fill begun before is not believed
    private long generation;
    private boolean listening;
    private boolean filling;
    private Instant lastAttempt = Instant.MIN;

    private record Shared(ChangeNotices notices, Duration reload) {}

    /** For the one process that writes these revocations. */
    public LocalCachedRevokedAccessTokens(RevokedAccessTokens durable, Clock clock) {
        this.durable = durable;
        this.clock = clock;
        this.shared = Optional.empty();
    }

    /**
     * For one of several instances writing the same revocations: they are announced through {@code notices}, what
     * another instance announces is added, and the set is filled again from the durable store every {@code reload}.
     */
    public LocalCachedRevokedAccessTokens(RevokedAccessTokens durable, ChangeNotices notices, Clock clock,
                                          Duration reload) {
        if (reload.isNegative() || reload.isZero()) {
            throw new IllegalArgumentException("the time between two fills must be positive: " + reload);
        }
        this.durable = durable;
        this.clock = clock;
        this.shared = Optional.of(new Shared(notices, reload));
        notices.listen(new ChangeNotices.Listener() {
            @Override
            public void heard(ChangeNotices.Notice notice) {
                if (notice instanceof TokenRevoked(var tokenId, var expiresAt)) {
                    add(tokenId, expiresAt);
                }
            }

            @Override
            public void connected() {
                channel(true);
                startFill();
            }

            @Override
            public void interrupted() {
                channel(false);
            }
        });
    }

    @Override
    public void revoke(String tokenId, UserId userId, Instant expiresAt) {
        BackingServiceUnavailable failure = null;
        try {
            durable.revoke(tokenId, userId, expiresAt);
        } catch (BackingServiceUnavailable e) {
            failure = e; // perhaps stored, perhaps not: refused here and wherever it is heard in any case
        }
        add(tokenId, expiresAt);
        if (shared.isPresent() && !shared.get().notices().announce(new TokenRevoked(tokenId, expiresAt))
                && failure == null) {
            // stored, but an instance that relies on its own set would not know of it yet: not done
            failure = new BackingServiceUnavailable(BackingServiceUnavailable.Service.SESSION_STORE, null);
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public boolean isRevoked(String tokenId) {
        if (shared.isEmpty()) {
            if (!complete) {
                fillNow();
            }
            return revoked.containsKey(tokenId);
        }
        if (revoked.containsKey(tokenId)) {
            return true;
        }
        if (complete) {
            if (clock.now().isAfter(filledAt.plus(shared.get().reload()))) {
                startFill();
            }
            return false;
        }
        startFill();
        return durable.isRevoked(tokenId);
    }

    @Override
    public Map<String, Instant> unexpired(Instant now) {
        return durable.unexpired(now);
    }

    private void add(String tokenId, Instant expiresAt) {
        revoked.put(tokenId, expiresAt);
        if (revoked.size() > PRUNE_ABOVE) {
            var now = clock.now();
            revoked.values().removeIf(expiry -> !expiry.isAfter(now));
        }
    }

    private void fillNow() {
        synchronized (lock) {
            if (!complete) {
                revoked.putAll(durable.unexpired(clock.now()));
                complete = true;
            }
        }
    }

    private void channel(boolean connected) {
        synchronized (lock) {
            generation++;
            listening = connected;
            complete = false;
            lastAttempt = Instant.MIN;
        }
    }

    /** Fills the set from the durable store on a thread of its own, unless a fill is under way or not due. */
    private void startFill() {
        long fillGeneration;
        synchronized (lock) {
            var now = clock.now();
            if (!listening || filling || now.isBefore(lastAttempt.plus(RETRY))) {
                return;
            }
            filling = true;
            lastAttempt = now;
            fillGeneration = generation;
        }
        Thread.ofVirtual().name("revocations-fill").start(() -> fill(fillGeneration));
    }

    private void fill(long fillGeneration) {
        var readAt = clock.now();
        try {
            // Only ever adds: a revocation is never taken back, so what is read is true whatever happened since.
            revoked.putAll(durable.unexpired(readAt));
        } catch (RuntimeException e) {
            synchronized (lock) {
                filling = false;
            }
            return; // still incomplete (or complete as before): the durable store answers, and a later check retries
        }
        synchronized (lock) {
            filling = false;
            if (generation == fillGeneration && listening) {
                complete = true;
                filledAt = readAt;
            }
        }
    }

    /** Whether the absence of a revocation here is believed (for tests). */
    boolean complete() {
        return complete;
    }

    /** The durable store's; what this cache holds of expired revocations is pruned as it grows. */
    @Override
    public int purgeExpired(Instant now, int batch) {
        return durable.purgeExpired(now, batch);
    }
}
