package dev.warden.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

public final class Application {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {}

    public static void main(String[] args) {
        var builder = Micronaut.build(args).mainClass(Application.class).banner(false);
        Storage.environmentOf(System.getProperty("auth.storage", System.getenv("AUTH_STORAGE")))
                .ifPresent(builder::environments);
        drainOnSignals(builder.start());
    }

    /**
     * SIGTERM (and SIGINT) stop the service gracefully. Micronaut's own shutdown hook stops the HTTP server first and
     * the context after it, so requests in flight would have only the quiet period of Netty's event loops, not bounded
     * by AUTH_SHUTDOWN_GRACE, and readiness would not turn DOWN first; the signals are taken here instead. Stopping
     * the context drains (micronaut.lifecycle.graceful-shutdown, {@code AUTH_SHUTDOWN_GRACE}): no new connection is
     * accepted, readiness answers DOWN, requests in flight and queued mails are finished within the grace period; then
     * the process exits (status 128 + the signal, as the JVM's own handler would). A second signal exits at once.
     */
    private static void drainOnSignals(ApplicationContext context) {
        var stopping = new AtomicBoolean();
        for (var name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                int status = 128 + signal.getNumber();
                if (!stopping.compareAndSet(false, true)) {
                    Runtime.getRuntime().halt(status);
                }
                Thread.ofPlatform().name("graceful-stop").start(() -> {
                    LOG.info("SIG{}: draining (at most {}), then stopping", signal.getName(), context.getProperty(
                            "micronaut.lifecycle.graceful-shutdown.grace-period", String.class).orElse("?"));
                    try {
                        context.stop();
                    } finally {
                        System.exit(status);
                    }
                });
            });
        }
    }
}
