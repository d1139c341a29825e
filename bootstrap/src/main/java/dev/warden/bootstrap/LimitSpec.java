package dev.warden.bootstrap;

import dev.warden.application.ratelimit.port.out.RateLimiter;
import java.time.Duration;
import java.util.regex.Pattern;

/** Reads a limit written {@code permits/period}, such as {@code 5/15m}, {@code 30/1m} or {@code 1000/1h}. */
final class LimitSpec {
    private static final Pattern SPEC = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*(ms|s|m|h|d)\\s*");

    private LimitSpec() {}

    static RateLimiter.Limit parse(String property, String spec) {
        var match = spec == null ? null : SPEC.matcher(spec);
        if (match == null || !match.matches()) {
            throw new IllegalArgumentException(property + " must look like 5/15m (permits/period with ms, s, m, h"
                    + " or d), not '" + spec + "'");
        }
        long amount = Long.parseLong(match.group(2));
        var period = switch (match.group(3)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        try {
            return new RateLimiter.Limit(Integer.parseInt(match.group(1)), period);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
        }
    }
}
