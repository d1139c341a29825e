package dev.warden.bootstrap;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work the service does after a reply (mails: a password reset's, every SMTP delivery and its retries). At a
 * graceful shutdown ({@code AUTH_SHUTDOWN_GRACE}) it is waited for, like the requests in flight, and still accepted
 * meanwhile (a request that finishes during the drain may ask for a mail); what is left when the grace period is
 * over is dropped, and said so in the log.
 */
@Singleton
final class BackgroundWork implements GracefulShutdownCapable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private record Tracked(String name, ExecutorService executor, LongSupplier pending) {}

    private final List<Tracked> tracked = new CopyOnWriteArrayList<>();

    /**
     * An executor whose tasks are counted until done, each run in the propagated context of its caller (so that
     * its log lines carry the request id).
     */
    Executor counted(String name, ExecutorService executor) {
        var pending = new AtomicLong();
        tracked.add(new Tracked(name, executor, pending::get));
        return command -> {
            var task = PropagatedContext.wrapCurrent(command);
            pending.incrementAndGet();
            try {
                executor.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        pending.decrementAndGet();
                    }
                });
            } catch (RuntimeException rejected) {
                pending.decrementAndGet();
                throw rejected;
            }
        };
    }

    /** A scheduler whose queued, delayed (retries) and running tasks are waited for. */
    <T extends ScheduledThreadPoolExecutor> T scheduler(String name, T scheduler) {
        tracked.add(new Tracked(name, scheduler, () -> scheduler.getQueue().size() + scheduler.getActiveCount()));
        return scheduler;
    }

    private long pending() {
        return tracked.stream().mapToLong(t -> t.pending().getAsLong()).sum();
    }

    /** Completes when no task is left: the caller bounds the wait (the grace period). */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        if (pending() == 0) {
            return CompletableFuture.completedFuture(null);
        }
        LOG.info("Waiting for {} background task(s) (mails) before stopping", pending());
        var done = new CompletableFuture<Void>();
        Thread.ofPlatform().name("background-drain").daemon().start(() -> {
            try {
                while (pending() > 0) {
                    Thread.sleep(20);
                }
                done.complete(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.complete(null);
            }
        });
        return done;
    }

    @Override
    public OptionalLong reportActiveTasks() {
        return OptionalLong.of(pending());
    }

    @PreDestroy
    void stop() {
        for (var work : tracked) {
            long left = work.pending().getAsLong();
            work.executor().shutdownNow();
            if (left > 0) {
                LOG.warn("{}: {} task(s) dropped at shutdown (the grace period was over)", work.name(), left);
            }
        }
    }
}
