package dev.warden.bootstrap;

import dev.warden.adapter.inprocess.Argon2PasswordHasher;
import dev.warden.adapter.web.security.CrossSiteRequests;
import dev.warden.application.account.AccountMailSettings;
import dev.warden.application.legacy.LegacyTokenSettings;
import dev.warden.application.login.LoginThrottleSettings;
import dev.warden.application.mail.OtpSettings;
import dev.warden.application.passkey.PasskeySettings;
import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.secondfactor.TotpSettings;
import dev.warden.application.session.SessionSettings;
import dev.warden.application.token.TokenLifetimes;
import dev.warden.domain.token.SigningKeyPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every lifetime and limit of the service, in one place (application.yml maps the environment onto it). */
@ConfigurationProperties("auth")
public record AuthSettings(String publicUrl, Tokens tokens, Session session, Mail mail, Password password,
                           LoginThrottling loginThrottle, RateLimits rateLimits, Legacy legacy, Otp otp,
                           Secrets secrets, Totp totp, Webauthn webauthn, @Nullable Admin bootstrapAdmin) {

    /**
     * Token lifetimes (a refresh token family, however often rotated, ends {@code refreshMaxAge} after its login),
     * and how often the signing key is replaced by itself ({@code 0s}: only when asked).
     */
    @ConfigurationProperties("tokens")
    public record Tokens(@Bindable(defaultValue = "7d") Duration accessTtl,
                         @Bindable(defaultValue = "30d") Duration refreshTtl,
                         @Bindable(defaultValue = "90d") Duration refreshMaxAge,
                         @Bindable(defaultValue = "30d") Duration keyRotation) {
        TokenLifetimes lifetimes() {
            try {
                return new TokenLifetimes(accessTtl, refreshTtl, refreshMaxAge);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("auth.tokens (AUTH_TOKENS_ACCESS_TTL, AUTH_TOKENS_REFRESH_TTL, "
                        + "AUTH_TOKENS_REFRESH_MAX_AGE): " + e.getMessage(), e);
            }
        }

        SigningKeyPolicy signingKeys() {
            try {
                return new SigningKeyPolicy(keyRotation, accessTtl);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("auth.tokens.key-rotation (AUTH_TOKENS_KEY_ROTATION): "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * Sessions: {@code ttl} after the last use (rolling), but never more than {@code maxAge} after the login; and the
     * origins besides the public URL's whose pages may change state with the session cookie (comma-separated).
     */
    @ConfigurationProperties("session")
    public record Session(@Bindable(defaultValue = "7d") Duration ttl,
                          @Bindable(defaultValue = "30d") Duration maxAge,
                          @Bindable(defaultValue = "") String allowedOrigins,
                          @Bindable(defaultValue = "warden:") String redisKeyPrefix,
                          @Bindable(defaultValue = "30s") Duration localCacheTtl) {
        SessionSettings settings() {
            try {
                return new SessionSettings(ttl, maxAge);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("auth.session (AUTH_SESSION_TTL, AUTH_SESSION_MAX_AGE): "
                        + e.getMessage(), e);
            }
        }

        /** How long an instance may rely on what it keeps in memory, with Redis; empty ({@code 0s}): nothing kept. */
        Optional<Duration> localCache() {
            return localCacheTtl.isZero() || localCacheTtl.isNegative() ? Optional.empty() : Optional.of(localCacheTtl);
        }
    }

    /** Mailed tokens and the limits on asking for them (the SMTP server itself: adapters-mail). */
    @ConfigurationProperties("mail")
    public record Mail(@Bindable(defaultValue = "Warden <no-reply@localhost>") String from,
                       @Bindable(defaultValue = "24h") Duration verificationTtl,
                       @Bindable(defaultValue = "1h") Duration resetTtl,
                       @Bindable(defaultValue = "5") int perAddressLimit,
                       @Bindable(defaultValue = "50") int perClientLimit,
                       @Bindable(defaultValue = "1h") Duration limitWindow) {
    }

    /** Mailed links may open the same client pages as those of mailed sign-in codes. */
    AccountMailSettings accountMails() {
        try {
            return new AccountMailSettings(publicUrl, mail.verificationTtl(), mail.resetTtl(), mail.perAddressLimit(),
                    mail.perClientLimit(), mail.limitWindow(), commaSeparated(otp.allowedCallbackOrigins()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("auth.otp.allowed-callback-origins and auth.public-url must be "
                    + "absolute URLs: " + e.getMessage(), e);
        }
    }

    @ConfigurationProperties("password")
    public record Password(@Bindable(defaultValue = "8") int minLength,
                           @Bindable(defaultValue = "19456") int argon2MemoryKib,
                           @Bindable(defaultValue = "2") int argon2Iterations,
                           @Bindable(defaultValue = "1") int argon2Parallelism) {
        Argon2PasswordHasher.Parameters argon2() {
            return new Argon2PasswordHasher.Parameters(argon2MemoryKib, argon2Iterations, argon2Parallelism);
        }
    }

    /** Failed-login throttling; limits are written {@code permits/period}, e.g. {@code 5/15m}. */
    @ConfigurationProperties("login-throttle")
    public record LoginThrottling(@Bindable(defaultValue = "5/15m") String accountFailures,
                                  @Bindable(defaultValue = "1m") Duration firstLockout,
                                  @Bindable(defaultValue = "15m") Duration maxLockout,
                                  @Bindable(defaultValue = "24h") Duration lockoutMemory,
                                  @Bindable(defaultValue = "50/15m") String addressFailures) {
        LoginThrottleSettings settings() {
            return new LoginThrottleSettings(LimitSpec.parse("auth.login-throttle.account-failures", accountFailures),
                    firstLockout, maxLockout, lockoutMemory,
                    LimitSpec.parse("auth.login-throttle.address-failures", addressFailures));
        }
    }

    /** Requests per client address on the public endpoints, written {@code permits/period}; {@code off} for none. */
    @ConfigurationProperties("rate-limits")
    public record RateLimits(@Bindable(defaultValue = "10/10m") String register,
                             @Bindable(defaultValue = "30/1m") String login,
                             @Bindable(defaultValue = "10/10m") String forgotPassword,
                             @Bindable(defaultValue = "10/10m") String sendVerification,
                             @Bindable(defaultValue = "30/1m") String legacy) {
        Map<ThrottleRequestsUseCase.Action, RateLimiter.Limit> limits() {
            var limits = new EnumMap<ThrottleRequestsUseCase.Action, RateLimiter.Limit>(
                    ThrottleRequestsUseCase.Action.class);
            put(limits, ThrottleRequestsUseCase.Action.REGISTER, "register", register);
            put(limits, ThrottleRequestsUseCase.Action.LOGIN, "login", login);
            put(limits, ThrottleRequestsUseCase.Action.FORGOT_PASSWORD, "forgot-password", forgotPassword);
            put(limits, ThrottleRequestsUseCase.Action.SEND_VERIFICATION, "send-verification", sendVerification);
            put(limits, ThrottleRequestsUseCase.Action.LEGACY, "legacy", legacy);
            return limits;
        }

        private static void put(Map<ThrottleRequestsUseCase.Action, RateLimiter.Limit> limits,
                                ThrottleRequestsUseCase.Action action, String name, String spec) {
            if (!"off".equalsIgnoreCase(spec.strip())) {
                limits.put(action, LimitSpec.parse("auth.rate-limits." + name, spec));
            }
        }
    }

    /** The legacy token API (seed 001). */
    @ConfigurationProperties("legacy")
    public record Legacy(@Bindable(defaultValue = "24h") Duration tokenTtl) {
        LegacyTokenSettings settings() {
            return new LegacyTokenSettings(tokenTtl);
        }
    }

    /**
     * Sign-in by mailed code (seed 002): the code's lifetime, and the origins besides the public URL's whose pages
     * a mailed link may open (comma-separated, e.g. {@code https://app.example.com}).
     */
    @ConfigurationProperties("otp")
    public record Otp(@Bindable(defaultValue = "10m") Duration codeTtl,
                      @Bindable(defaultValue = "") String allowedCallbackOrigins) {
    }

    /**
     * The pages that may change state with the session cookie (the defence against cross-site request forgery): the
     * public URL's origin, the passkey origins (their pages register passkeys with the cookie) and the allowed ones.
     */
    CrossSiteRequests crossSiteRequests(Set<String> passkeyOrigins) {
        var allowed = commaSeparated(session.allowedOrigins());
        try {
            new CrossSiteRequests(allowed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("auth.session.allowed-origins (AUTH_ALLOWED_ORIGINS) must be absolute "
                    + "http(s) URLs: " + e.getMessage(), e);
        }
        var trusted = new HashSet<>(allowed);
        trusted.add(publicUrl);
        trusted.addAll(passkeyOrigins);
        return new CrossSiteRequests(trusted);
    }

    private static Set<String> commaSeparated(String values) {
        return Arrays.stream(values.split(",")).map(String::strip).filter(value -> !value.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    OtpSettings otpSettings() {
        var origins = commaSeparated(otp.allowedCallbackOrigins());
        try {
            return OtpSettings.of(otp.codeTtl(), publicUrl, origins);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("auth.otp.allowed-callback-origins and auth.public-url must be "
                    + "absolute URLs: " + e.getMessage(), e);
        }
    }

    /**
     * The key that seals secrets kept at rest (TOTP secrets, token signing keys): {@code key} (AUTH_SECRETS_KEY, at least 32
     * characters) when set; otherwise, outside {@code prod}, the key in {@code keyFile}, generated at first start.
     */
    @ConfigurationProperties("secrets")
    public record Secrets(@Bindable(defaultValue = "") String key,
                          @Bindable(defaultValue = "data/secrets.key") String keyFile) {
    }

    /** TOTP second factor: the issuer name that authenticator apps show. */
    @ConfigurationProperties("totp")
    public record Totp(@Bindable(defaultValue = "Warden") String issuer) {
        TotpSettings settings() {
            return new TotpSettings(issuer);
        }
    }

    /**
     * The WebAuthn relying party of passkeys: its id (a domain; blank: the public URL's host), the origins whose pages
     * use them (comma-separated; blank: the public URL's), and the name authenticators show.
     */
    @ConfigurationProperties("webauthn")
    public record Webauthn(@Bindable(defaultValue = "") String rpId,
                           @Bindable(defaultValue = "") String origins,
                           @Bindable(defaultValue = "Warden") String rpName) {
    }

    PasskeySettings passkeySettings() {
        var origins = commaSeparated(webauthn.origins());
        try {
            return PasskeySettings.of(publicUrl, webauthn.rpId(), origins, webauthn.rpName());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("auth.webauthn.origins, auth.webauthn.rp-id and auth.public-url must "
                    + "agree (absolute URLs whose hosts are the relying party id or under it): " + e.getMessage(), e);
        }
    }

    /** The superuser created at start when absent; all three values or none. */
    @ConfigurationProperties("bootstrap-admin")
    public record Admin(@Nullable String username, @Nullable String email, @Nullable String password) {
        boolean configured() {
            return username != null && !username.isBlank();
        }
    }
}
