package dev.warden.application.housekeeping.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link ClusterLock} must do. Each adapter's test extends this class. */
public abstract class ClusterLockContract {
    /** Threads of their own: the common pool may have one thread only, and a held lock keeps it. */
    private static final Executor THREADS = Executors.newCachedThreadPool();

    protected abstract ClusterLock lock();

    /**
     * The same lock as another instance of the cluster sees it: a second adapter on the same shared store, or, where
     * the process is the whole cluster, {@link #lock()} itself.
     */
    protected abstract ClusterLock otherInstance();

    @Test
    void theWorkRunsAndItsResultComesBack() {
        assertThat(lock().runExclusively("lock-" + UUID.randomUUID(), () -> 42)).contains(42);
    }

    @Test
    void whileOneHoldsTheLockAnotherIsRefusedWithoutRunningAndGetsItAfterwards() throws Exception {
        var name = "lock-" + UUID.randomUUID();
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> lock().runExclusively(name, () -> {
            holding.countDown();
            await(release);
            return "first";
        }), THREADS);
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        var ran = new boolean[1];
        Optional<String> second = CompletableFuture.supplyAsync(() -> otherInstance().runExclusively(name, () -> {
            ran[0] = true;
            return "second";
        }), THREADS).get(10, TimeUnit.SECONDS);
        assertThat(second).isEmpty();
        assertThat(ran[0]).isFalse();
        // another lock name is not held
        assertThat(CompletableFuture.supplyAsync(() -> otherInstance().runExclusively(name + "-other", () -> 1), THREADS)
                .get(10, TimeUnit.SECONDS)).contains(1);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).contains("first");
        assertThat(CompletableFuture.supplyAsync(() -> otherInstance().runExclusively(name, () -> "third"), THREADS)
                .get(10, TimeUnit.SECONDS)).contains("third");
    }

    @Test
    void failingWorkLetsTheLockGo() throws Exception {
        var name = "lock-" + UUID.randomUUID();
        assertThatThrownBy(() -> lock().runExclusively(name, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(CompletableFuture.supplyAsync(() -> otherInstance().runExclusively(name, () -> "again"), THREADS)
                .get(10, TimeUnit.SECONDS)).contains("again");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
