package dev.warden.application.housekeeping.port.in;

import java.util.Map;

/**
 * Deletes what no request can use any more (expired revocations, expired or used mailed tokens and codes, refresh
 * tokens of finished families, expired legacy tokens, audit entries past their retention), in bounded batches.
 */
public interface HousekeepingUseCase {

    /** One sweep over every kind; at most one instance of a cluster sweeps at a time. */
    Sweep sweep();

    /**
     * What a sweep did.
     *
     * @param ran     false when another instance held the lock, so this one did nothing
     * @param removed rows removed per kind (see {@link Kind}), in sweep order
     */
    record Sweep(boolean ran, Map<String, Long> removed) {
        public Sweep {
            removed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(removed));
        }

        public static Sweep skipped() {
            return new Sweep(false, Map.of());
        }

        public long total() {
            return removed.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The kinds a sweep removes, by the names it reports them under. */
    final class Kind {
        public static final String REVOKED_ACCESS_TOKENS = "revoked_access_tokens";
        public static final String ONE_TIME_TOKENS = "one_time_tokens";
        public static final String SIGN_IN_CODES = "sign_in_codes";
        public static final String REFRESH_TOKENS = "refresh_tokens";
        public static final String LEGACY_TOKENS = "legacy_tokens";
        public static final String AUDIT_ENTRIES = "audit_entries";

        private Kind() {
        }
    }
}
