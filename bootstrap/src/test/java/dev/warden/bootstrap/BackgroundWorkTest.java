package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A graceful shutdown waits for the mails still being sent (and for their retries), not dropping them. */
class BackgroundWorkTest {

    @Test
    void theDrainWaitsForTasksInFlightAndTasksAskedForMeanwhile() throws Exception {
        var work = new BackgroundWork();
        var executor = work.counted("mails", Executors.newVirtualThreadPerTaskExecutor());
        var release = new CountDownLatch(1);
        var first = new AtomicBoolean();
        var second = new AtomicBoolean();
        executor.execute(() -> {
            await(release);
            first.set(true);
        });

        var drained = work.shutdownGracefully().toCompletableFuture();
        assertThat(work.reportActiveTasks()).hasValue(1);
        executor.execute(() -> second.set(true));
        Thread.sleep(100);
        assertThat(drained).isNotDone();

        release.countDown();
        drained.get(5, TimeUnit.SECONDS);
        assertThat(first).isTrue();
        assertThat(second).isTrue();
        work.stop();
    }

    @Test
    void aScheduledRetryIsWaitedForToo() throws Exception {
        var work = new BackgroundWork();
        var scheduler = work.scheduler("smtp", new ScheduledThreadPoolExecutor(1));
        var retried = new AtomicBoolean();
        scheduler.schedule(() -> retried.set(true), 300, TimeUnit.MILLISECONDS);

        var drained = work.shutdownGracefully().toCompletableFuture();
        assertThat(drained).isNotDone();
        drained.get(5, TimeUnit.SECONDS);
        assertThat(retried).isTrue();
        assertThat(work.shutdownGracefully().toCompletableFuture()).isDone();
        work.stop();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
