package dev.warden.adapter.micrometer;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import dev.warden.application.shared.port.out.Telemetry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Telemetry port as Micrometer counters. Names are Micrometer's dotted ones; the Prometheus registry writes them
 * with underscores and {@code _total} ({@code warden.logins} is {@code warden_logins_total}). A name may not end in
 * {@code created}: Prometheus takes {@code _created} for a counter's creation time. The counters of fixed labels are
 * made up front, so that every series exists (at 0) from the start and a dashboard's rate is never empty; those
 * labelled by a free word (a rule, a provider, a kind of record) are found or made at each event.
 */
public final class MicrometerTelemetry implements Telemetry {
    public static final String LOGINS = "warden.logins";
    public static final String LOCKOUTS = "warden.lockouts";
    public static final String RATE_LIMIT_REFUSALS = "warden.rate.limit.refusals";
    public static final String TOKENS_ISSUED = "warden.tokens.issued";
    public static final String TOKENS_REFRESHED = "warden.tokens.refreshed";
    public static final String TOKENS_REUSE_DETECTED = "warden.tokens.reuse.detected";
    public static final String SESSIONS_STARTED = "warden.sessions.started";
    public static final String SESSIONS_ENDED = "warden.sessions.ended";
    public static final String MAILS_SENT = "warden.mails.sent";
    public static final String MAILS_FAILED = "warden.mails.failed";
    public static final String OAUTH_PROVIDER_ERRORS = "warden.oauth.provider.errors";
    public static final String UNAVAILABLE = "warden.backing.service.unavailable";
    public static final String HOUSEKEEPING_REMOVED = "warden.housekeeping.removed";

    private final MeterRegistry registry;
    private final Map<LoginMethod, Map<LoginOutcome, Counter>> logins = new EnumMap<>(LoginMethod.class);
    private final Map<BackingServiceUnavailable.Service, Counter> unavailable =
            new EnumMap<>(BackingServiceUnavailable.Service.class);
    private final Counter lockouts;
    private final Counter tokensIssued;
    private final Counter tokensRefreshed;
    private final Counter reuseDetected;
    private final Counter sessionsCreated;
    private final Counter sessionsEnded;
    private final Counter mailsSent;
    private final Counter mailsFailed;

    public MicrometerTelemetry(MeterRegistry registry) {
        this.registry = registry;
        for (var method : LoginMethod.values()) {
            var byOutcome = new EnumMap<LoginOutcome, Counter>(LoginOutcome.class);
            for (var outcome : LoginOutcome.values()) {
                byOutcome.put(outcome, Counter.builder(LOGINS).description("Logins by way in and outcome")
                        .tag("method", method.label()).tag("outcome", outcome.label()).register(registry));
            }
            logins.put(method, byOutcome);
        }
        for (var service : BackingServiceUnavailable.Service.values()) {
            unavailable.put(service, Counter.builder(UNAVAILABLE)
                    .description("Requests answered 503 because a backing service could not be reached")
                    .tag("service", service.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        lockouts = counter(LOCKOUTS, "Accounts (or identifiers, or second factors) locked after failed logins");
        tokensIssued = counter(TOKENS_ISSUED, "Token pairs issued by a login (new token families)");
        tokensRefreshed = counter(TOKENS_REFRESHED, "Refresh tokens exchanged for new tokens");
        reuseDetected = counter(TOKENS_REUSE_DETECTED, "Spent refresh tokens presented again (family revoked)");
        sessionsCreated = counter(SESSIONS_STARTED, "Cookie sessions started (logins by cookie)");
        sessionsEnded = counter(SESSIONS_ENDED, "Cookie sessions ended by logout or revocation");
        mailsSent = counter(MAILS_SENT, "Mails sent (or logged, without SMTP)");
        mailsFailed = counter(MAILS_FAILED, "Mails given up after their retries");
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    @Override
    public void login(LoginMethod method, LoginOutcome outcome) {
        logins.get(method).get(outcome).increment();
    }

    @Override
    public void lockout() {
        lockouts.increment();
    }

    @Override
    public void rateLimited(String rule) {
        Counter.builder(RATE_LIMIT_REFUSALS).description("Requests refused by a per-address request limit")
                .tag("rule", rule).register(registry).increment();
    }

    @Override
    public void tokensIssued() {
        tokensIssued.increment();
    }

    @Override
    public void tokensRefreshed() {
        tokensRefreshed.increment();
    }

    @Override
    public void refreshReuseDetected() {
        reuseDetected.increment();
    }

    @Override
    public void sessionCreated() {
        sessionsCreated.increment();
    }

    @Override
    public void sessionsEnded(long count) {
        if (count > 0) {
            sessionsEnded.increment(count);
        }
    }

    @Override
    public void mailSent() {
        mailsSent.increment();
    }

    @Override
    public void mailFailed() {
        mailsFailed.increment();
    }

    @Override
    public void providerError(String provider) {
        Counter.builder(OAUTH_PROVIDER_ERRORS).description("Identity provider failures")
                .tag("provider", provider).register(registry).increment();
    }

    @Override
    public void unavailable(BackingServiceUnavailable.Service service) {
        unavailable.get(service).increment();
    }

    @Override
    public void removed(String what, long rows) {
        // registered at the first sweep even when nothing went, so that the series of every kind exists from then on
        Counter.builder(HOUSEKEEPING_REMOVED).description("Expired records removed by housekeeping")
                .tag("what", what).register(registry).increment(rows);
    }
}
