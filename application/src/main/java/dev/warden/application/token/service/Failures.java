package dev.warden.application.token.service;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;

/**
 * Runs the steps of a revocation one after another even when a backing server fails one of them, so that what
 * can be revoked is; then throws the first failure (the caller answers 503, and may try again: revoking twice is
 * harmless).
 */
final class Failures {
    private BackingServiceUnavailable first;

    void run(Runnable step) {
        try {
            step.run();
        } catch (BackingServiceUnavailable e) {
            if (first == null) {
                first = e;
            } else if (first != e) {
                first.addSuppressed(e);
            }
        }
    }

    void throwFirst() {
        if (first != null) {
            throw first;
        }
    }
}
