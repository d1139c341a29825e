package dev.warden.application.login.service;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.login.LoginThrottleSettings;
import dev.warden.application.ratelimit.port.out.RateLimiter.Limit;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Failed-login throttling, the same for every way in that checks a password (or a mailed code). Failures are
 * counted per account and per client address. An identifier that names an account is counted by the account's id,
 * so that its username, its email and every spelling of either share one record; one that names no account is
 * counted by its normalized self, under the same limits, so that an unknown account answers exactly like a known
 * one. When an account has used up its failures,
 * it is locked: the first lock lasts {@code firstLockout}, each further one twice the last, up to
 * {@code maxLockout}. While locked, attempts are refused before any password is checked, even the right one.
 * A successful login forgets the account's failures and locks. The buckets are the RateLimiter port's.
 */
public final class LoginThrottle {
    private static final int LEVELS = 64;

    private final RateLimiter limiter;
    private final LoginThrottleSettings settings;
    private final Limit lockoutsRemembered;
    private final Telemetry telemetry;

    public LoginThrottle(RateLimiter limiter, LoginThrottleSettings settings, Telemetry telemetry) {
        this.limiter = limiter;
        this.telemetry = telemetry;
        this.settings = settings;
        this.lockoutsRemembered = new Limit(LEVELS, settings.lockoutMemory());
    }

    /**
     * Runs {@code check} (which verifies the password, or a mailed code) unless the account or the address is
     * locked; counts an InvalidCredentials or InvalidSignInCode failure, and clears the account's record on success.
     * {@code account} is the account that {@code identifier} names, when there is one.
     */
    public <T> T attempt(Optional<UserId> account, String identifier, String clientAddress, Supplier<T> check) {
        return guarded("login:account:" + accountKey(account, identifier), clientAddress, check);
    }

    /**
     * Runs {@code check} (which verifies a TOTP or recovery code) under the same rules, with the account's second
     * factor counted apart from its password: a right password must not wipe out the record of wrong codes, or
     * whoever knows the password could guess codes without end. The client address is counted with logins.
     * Unlike a password (which costs an Argon2 hash per guess), a six-digit code is cheap to guess in parallel:
     * every attempt takes one of the account's failures before the code is compared, and a right code gives it
     * back, so that however many attempts arrive together (on as many challenges), at most the allowed number are
     * compared within the window.
     */
    public <T> T attemptSecondFactor(UserId userId, String clientAddress, Supplier<T> check) {
        var account = "mfa:account:" + userId.value();
        var address = "login:address:" + clientAddress;
        int level = lockoutLevel(account);
        if (level > 0) {
            refuseIfLocked(limiter.peek(lockKey(account, level), new Limit(1, settings.lockout(level))));
        }
        refuseIfLocked(limiter.peek(address, settings.addressFailures()));
        var slot = limiter.tryAcquire(account + ":failures", settings.accountFailures());
        refuseIfLocked(slot);
        T result;
        try {
            result = check.get();
        } catch (AuthException e) {
            if (e.error() instanceof AuthError.InvalidCode) {
                limiter.tryAcquire(address, settings.addressFailures());
                if (slot.remaining() == 0) {
                    lock(account, level);
                }
            }
            throw e;
        }
        limiter.reset(account + ":failures");
        limiter.reset(account + ":lockouts");
        return result;
    }

    private <T> T guarded(String account, String clientAddress, Supplier<T> check) {
        var address = "login:address:" + clientAddress;
        int level = lockoutLevel(account);
        if (level > 0) {
            refuseIfLocked(limiter.peek(lockKey(account, level), new Limit(1, settings.lockout(level))));
        }
        refuseIfLocked(limiter.peek(address, settings.addressFailures()));
        T result;
        try {
            result = check.get();
        } catch (AuthException e) {
            if (e.error() instanceof AuthError.InvalidCredentials || e.error() instanceof AuthError.InvalidSignInCode) {
                recordFailure(account, address, level);
            }
            throw e;
        }
        limiter.reset(account + ":failures");
        limiter.reset(account + ":lockouts");
        return result;
    }

    private void recordFailure(String account, String address, int level) {
        limiter.tryAcquire(address, settings.addressFailures());
        var failure = limiter.tryAcquire(account + ":failures", settings.accountFailures());
        if (!failure.allowed() || failure.remaining() == 0) {
            lock(account, level);
        }
    }

    /** Locks the account for the length of the next level. */
    private void lock(String account, int level) {
        int next = Math.min(level + 1, LEVELS);
        limiter.tryAcquire(account + ":lockouts", lockoutsRemembered);
        var lock = lockKey(account, next);
        limiter.reset(lock); // a fresh bucket: the lock lasts its whole length from now
        limiter.tryAcquire(lock, new Limit(1, settings.lockout(next)));
        telemetry.lockout();
    }

    /** How many locks the account has had within the memory period. */
    private int lockoutLevel(String account) {
        var lockouts = limiter.peek(account + ":lockouts", lockoutsRemembered);
        return (int) (LEVELS - lockouts.remaining());
    }

    private static String lockKey(String account, int level) {
        return account + ":lock:" + level;
    }

    private static void refuseIfLocked(RateLimiter.Outcome outcome) {
        if (!outcome.allowed()) {
            throw new AuthError.TooManyFailedLogins(outcome.retryAfter()).exception();
        }
    }

    /**
     * The account's id; else the identifier, which cannot clash with an id. Usernames cannot contain '@', so an
     * identifier with one can only be an email address.
     */
    static String accountKey(Optional<UserId> account, String identifier) {
        return account.map(id -> "id:" + id.value()).orElseGet(() -> identifier.contains("@")
                ? "email:" + Email.keyOf(identifier) : "user:" + Username.keyOf(identifier));
    }
}
