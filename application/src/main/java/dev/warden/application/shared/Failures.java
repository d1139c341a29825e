package dev.warden.application.shared;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import java.util.function.IntSupplier;

/**
 * Runs the steps of a revocation or a sign-out one after another even when a backing server fails one of them, so
 * that what can be ended is; then throws the first failure (the caller answers 503, and may try again: revoking
 * twice is harmless).
 */
public final class Failures {
    private BackingServiceUnavailable first;

    public void run(Runnable step) {
        count(() -> {
            step.run();
            return 0;
        });
    }

    /** Runs a step that says how many things it ended; none when it failed. */
    public int count(IntSupplier step) {
        try {
            return step.getAsInt();
        } catch (BackingServiceUnavailable e) {
            if (first == null) {
                first = e;
            } else if (first != e) {
                first.addSuppressed(e);
            }
            return 0;
        }
    }

    public void throwFirst() {
        if (first != null) {
            throw first;
        }
    }
}
