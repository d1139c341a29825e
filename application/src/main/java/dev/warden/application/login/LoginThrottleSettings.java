package dev.warden.application.login;

import dev.warden.application.ratelimit.port.out.RateLimiter.Limit;
import java.time.Duration;
import java.util.Objects;

/**
 * How failed logins are throttled (OWASP authentication cheat sheet, NIST SP 800-63B 5.2.2).
 *
 * @param accountFailures failures allowed for one account (by all of its identifiers together, or for one
 *                        identifier that names no account) per period before it is locked
 * @param firstLockout    the first lock; each further lock within {@code lockoutMemory} lasts twice the last
 * @param maxLockout      no lock lasts longer
 * @param lockoutMemory   how long locks are remembered for the doubling (a successful login forgets them)
 * @param addressFailures failures allowed from one client address per period, over all accounts
 */
public record LoginThrottleSettings(Limit accountFailures, Duration firstLockout, Duration maxLockout,
                                    Duration lockoutMemory, Limit addressFailures) {
    public static final LoginThrottleSettings DEFAULT = new LoginThrottleSettings(
            new Limit(5, Duration.ofMinutes(15)), Duration.ofMinutes(1), Duration.ofMinutes(15),
            Duration.ofHours(24), new Limit(50, Duration.ofMinutes(15)));

    public LoginThrottleSettings {
        Objects.requireNonNull(accountFailures, "accountFailures");
        Objects.requireNonNull(addressFailures, "addressFailures");
        for (var duration : new Duration[] {firstLockout, maxLockout, lockoutMemory}) {
            Objects.requireNonNull(duration, "lockout durations");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("lockout durations must be positive");
            }
        }
        if (maxLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException("the longest lockout is shorter than the first");
        }
    }

    /** The lock after the {@code level}-th lockout: first × 2^(level−1), at most the maximum. */
    public Duration lockout(int level) {
        var lock = firstLockout;
        for (int i = 1; i < level && lock.compareTo(maxLockout) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(maxLockout) > 0 ? maxLockout : lock;
    }
}
