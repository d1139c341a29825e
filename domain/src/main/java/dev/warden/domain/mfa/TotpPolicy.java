package dev.warden.domain.mfa;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The time steps at which a TOTP code (RFC 6238: HMAC-SHA1, six digits, 30-second steps) is accepted: the
 * current step and one on either side (RFC 6238 §5.2 recommends at most one step of network delay or clock
 * skew), and only steps later than the last one accepted for the account, so that a code works once.
 */
public final class TotpPolicy {
    public static final int DIGITS = 6;
    public static final Duration PERIOD = Duration.ofSeconds(30);
    public static final String ALGORITHM = "SHA1";
    /** Steps accepted on either side of the current one. */
    public static final int ALLOWED_SKEW = 1;
    /** The last-used step of an enrollment that has accepted no code yet. */
    public static final long NO_STEP = -1;

    private TotpPolicy() {}

    /** The RFC 6238 counter at {@code instant}: whole periods since the Unix epoch. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD.toSeconds());
    }

    /**
     * The steps a code entered at {@code now} may belong to, the current one first, leaving out every step at or
     * before {@code lastUsedStep}: a code already accepted, or an older one, is refused (replay).
     */
    public static List<Long> acceptableSteps(Instant now, long lastUsedStep) {
        long current = stepAt(now);
        var steps = new ArrayList<Long>(1 + 2 * ALLOWED_SKEW);
        steps.add(current);
        for (int offset = 1; offset <= ALLOWED_SKEW; offset++) {
            steps.add(current - offset);
            steps.add(current + offset);
        }
        steps.removeIf(step -> step <= lastUsedStep);
        return List.copyOf(steps);
    }

    /** Whether {@code entered} has the shape of a TOTP code (six ASCII digits), as opposed to a recovery code. */
    public static boolean looksLikeTotp(String entered) {
        return entered.length() == DIGITS && entered.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
