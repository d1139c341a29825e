package dev.warden.application.token.port.out;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A revocation store in front of another that counts what it is asked, for tests of the caches in front of one.
 * A read of every revocation takes its snapshot, then waits at {@link #gate} (open unless a test shuts it) before
 * handing it over. While {@link #unsure} is set, a revocation is recorded and then reported as not made sure
 * everywhere (a cache or channel in front of the store that could not be reached); while {@link #away} is set, it
 * is not recorded at all (the store's server is away).
 */
public final class CountingRevokedAccessTokens implements RevokedAccessTokens {
    public final AtomicInteger checks = new AtomicInteger();
    public final AtomicInteger snapshots = new AtomicInteger();
    public final AtomicInteger fills = new AtomicInteger();
    public volatile CountDownLatch gate = new CountDownLatch(0);
    public volatile boolean unsure;
    public volatile boolean away;
    private final RevokedAccessTokens store;

    public CountingRevokedAccessTokens(RevokedAccessTokens store) {
        this.store = store;
    }

    @Override
    public void revoke(String tokenId, UserId userId, Instant expiresAt) {
        if (away) {
            throw new BackingServiceUnavailable(BackingServiceUnavailable.Service.DATABASE, null);
        }
        store.revoke(tokenId, userId, expiresAt);
        if (unsure) {
            throw new BackingServiceUnavailable(BackingServiceUnavailable.Service.SESSION_STORE, null);
        }
    }

    @Override
    public boolean isRevoked(String tokenId) {
        checks.incrementAndGet();
        return store.isRevoked(tokenId);
    }

    @Override
    public Map<String, Instant> unexpired(Instant now) {
        var all = store.unexpired(now);
        snapshots.incrementAndGet();
        try {
            if (!gate.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the gate stayed shut");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        fills.incrementAndGet();
        return all;
    }

    @Override
    public int purgeExpired(Instant now, int batch) {
        return store.purgeExpired(now, batch);
    }
}
