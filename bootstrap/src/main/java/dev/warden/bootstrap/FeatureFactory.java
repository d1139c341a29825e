package dev.warden.bootstrap;

import dev.warden.adapter.oauth.IdentityProviders;
import dev.warden.application.account.AccountAssembly;
import dev.warden.application.account.port.out.ConfusableNames;
import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.admin.AdminAssembly;
import dev.warden.application.housekeeping.HousekeepingAssembly;
import dev.warden.application.housekeeping.port.out.ClusterLock;
import dev.warden.application.housekeeping.port.out.HousekeepingReport;
import dev.warden.application.legacy.LegacyAssembly;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.mail.MailAssembly;
import dev.warden.application.mail.port.out.Mailer;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.mail.port.out.SignInCodeStore;
import dev.warden.application.oauth.OAuthAssembly;
import dev.warden.application.oauth.port.out.AuthorizationCodeStore;
import dev.warden.application.oauth.port.out.PendingLoginStore;
import dev.warden.application.passkey.PasskeyAssembly;
import dev.warden.application.passkey.PasskeySettings;
import dev.warden.application.passkey.port.out.PasskeyChallengeStore;
import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.passkey.port.out.WebAuthnVerifier;
import dev.warden.application.ratelimit.RateLimitAssembly;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.secondfactor.SecondFactorAssembly;
import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.application.secondfactor.port.out.TotpGenerator;
import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.application.selfservice.SelfServiceAssembly;
import dev.warden.application.selfservice.port.out.ClientMetadataStore;
import dev.warden.application.session.SessionAssembly;
import dev.warden.application.session.SessionSettings;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.ChangeNotices;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.signingkey.SigningKeyAssembly;
import dev.warden.application.signingkey.port.out.SigningKeyPairs;
import dev.warden.application.signingkey.port.out.SigningKeyStore;
import dev.warden.application.token.TokenAssembly;
import dev.warden.application.token.TokenLifetimes;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.application.token.port.out.TokenCodec;
import dev.warden.domain.password.CommonPasswords;
import dev.warden.domain.password.PasswordPolicy;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds each feature's assembly from the adapters chosen by the other factories and from the settings. The use cases
 * the assemblies offer become beans through {@link UseCaseRegistrar}; nothing here names a service. The assemblies
 * made at start are those whose settings must stop a wrong start there (limits, lifetimes, origins, keys).
 */
@Factory
class FeatureFactory {
    private static final Logger LOG = LoggerFactory.getLogger(FeatureFactory.class);

    @Singleton
    PasswordPolicy passwordPolicy(AuthSettings settings) {
        return new PasswordPolicy(settings.password().minLength(), CommonPasswords.bundled());
    }

    /** Made at start: plain keys of an earlier version are sealed then, and a key that cannot be opened stops it. */
    @Context
    SigningKeyAssembly signingKeys(SigningKeyStore store, SigningKeyPairs pairs, SecretBox box, AuditLog audit,
                                   Optional<ChangeNotices> notices, Clock clock, IdGenerator ids,
                                   AuthSettings settings) {
        return SigningKeyAssembly.of(store, pairs, box, audit, notices, clock, ids, settings.tokens().signingKeys());
    }

    /** Read at start, so that a refresh token family's maximum age shorter than a token's stops the service. */
    @Context
    TokenLifetimes tokenLifetimes(AuthSettings settings) {
        return settings.tokens().lifetimes();
    }

    @Context
    TokenAssembly tokens(TokenCodec codec, RefreshTokenStore refreshTokens, RevokedAccessTokens revoked,
                         UserRepository users, Clock clock, IdGenerator ids, TokenLifetimes lifetimes,
                         Telemetry telemetry) {
        return TokenAssembly.of(codec, refreshTokens, revoked, users, clock, ids, lifetimes, telemetry);
    }

    /** Made at start, so that a malformed lockout limit stops the service there rather than at the first login. */
    @Context
    LoginAssembly login(UserRepository users, PasswordHasher hasher, RateLimiter limiter, TotpStore totp,
                        MfaChallengeStore challenges, PasskeyStore passkeys, Clock clock, IdGenerator ids,
                        AuthSettings settings, TokenAssembly tokens) {
        return LoginAssembly.of(users, hasher, limiter, totp, challenges, passkeys, clock, ids,
                settings.loginThrottle().settings(), tokens);
    }

    /** Read at start, so that a session's maximum age shorter than its lifetime stops the service. */
    @Context
    SessionSettings sessionSettings(AuthSettings settings) {
        return settings.session().settings();
    }

    @Context
    SessionAssembly sessions(SessionStore store, RefreshTokenStore refreshTokens, LegacyTokenStore legacyTokens,
                             UserRepository users, Clock clock, IdGenerator ids, SessionSettings settings,
                             LoginAssembly login, TokenAssembly tokens) {
        return SessionAssembly.of(store, refreshTokens, legacyTokens, users, clock, ids, settings, login, tokens);
    }

    @Singleton
    AccountAssembly accounts(UserRepository users, PasswordPolicy policy, PasswordHasher hasher,
                             ConfusableNames confusables, OneTimeTokenStore tokens, Mailer mailer, RateLimiter limiter,
                             Clock clock, IdGenerator ids, AuthSettings settings, TokenAssembly tokenFeature,
                             LoginAssembly login, SessionAssembly sessions) {
        return AccountAssembly.of(users, policy, hasher, confusables, tokens, mailer, limiter, clock, ids,
                settings.accountMails(), tokenFeature, login, sessions);
    }

    @Singleton
    LegacyAssembly legacy(LegacyTokenStore store, UserRepository users, Clock clock, IdGenerator ids,
                          AuthSettings settings, LoginAssembly login, AccountAssembly accounts) {
        return LegacyAssembly.of(store, users, clock, ids, settings.legacy().settings(), login, accounts);
    }

    @Singleton
    SecondFactorAssembly secondFactor(UserRepository users, TotpStore store, MfaChallengeStore challenges,
                                      TotpGenerator generator, SecretBox box, Clock clock, IdGenerator ids,
                                      AuthSettings settings, LoginAssembly login, TokenAssembly tokens,
                                      SessionAssembly sessions, LegacyAssembly legacy) {
        return SecondFactorAssembly.of(users, store, challenges, generator, box, clock, ids,
                settings.totp().settings(), login, tokens, sessions, legacy);
    }

    /**
     * The relying party, checked at start, so that an id or origin that cannot work stops the service there (the
     * passkey service, and webauthn4j behind it, are made at the first passkey request: they cost a second of start).
     */
    @Context
    PasskeySettings passkeySettings(AuthSettings settings) {
        return settings.passkeySettings();
    }

    @Singleton
    PasskeyAssembly passkeys(UserRepository users, PasskeyStore store, PasskeyChallengeStore challenges,
                             WebAuthnVerifier verifier, Clock clock, IdGenerator ids, PasskeySettings settings,
                             LoginAssembly login, TokenAssembly tokens, SecondFactorAssembly secondFactor) {
        return PasskeyAssembly.of(users, store, challenges, verifier, clock, ids, settings, login, tokens,
                secondFactor);
    }

    @Singleton
    SelfServiceAssembly selfService(UserRepository users, PasswordPolicy policy, PasswordHasher hasher,
                                    OneTimeTokenStore tokens, PasskeyStore passkeys, ClientMetadataStore metadata,
                                    AuditLog audit, Clock clock, IdGenerator ids, LoginAssembly login,
                                    SessionAssembly sessions, SecondFactorAssembly secondFactor,
                                    AccountAssembly accounts) {
        return SelfServiceAssembly.of(users, policy, hasher, tokens, passkeys, metadata, audit, clock, ids, login,
                sessions, secondFactor, accounts);
    }

    @Singleton
    AdminAssembly admin(UserRepository users, AuditLog audit, Clock clock, IdGenerator ids, SessionAssembly sessions,
                        AccountAssembly accounts) {
        return AdminAssembly.of(users, audit, clock, ids, sessions, accounts);
    }

    /** Made at start, so that a malformed allowed origin of mailed sign-in links stops the service there. */
    @Context
    MailAssembly mail(UserRepository users, OneTimeTokenStore tokens, SignInCodeStore codes, PasswordPolicy policy,
                      PasswordHasher hasher, Clock clock, IdGenerator ids, AuthSettings settings,
                      AccountAssembly accounts, LoginAssembly login, TokenAssembly tokenFeature,
                      SessionAssembly sessions, BackgroundWork background) {
        // What a password-reset request does after its answer runs on a virtual thread each (blocking I/O); a
        // graceful shutdown waits for it (BackgroundWork).
        return MailAssembly.of(users, tokens, codes, policy, hasher, clock, ids, settings.otpSettings(),
                background.counted("password-reset mails", Executors.newVirtualThreadPerTaskExecutor()), accounts,
                login, tokenFeature, sessions);
    }

    @Singleton
    OAuthAssembly oauth(IdentityProviders providers, PendingLoginStore pending, AuthorizationCodeStore codes,
                        UserRepository users, Clock clock, IdGenerator ids, AuthSettings settings,
                        AccountAssembly accounts, LoginAssembly login, TokenAssembly tokens) {
        var configured = providers.configured();
        LOG.info("Identity providers configured: {}", configured.isEmpty() ? "none"
                : configured.stream().map(provider -> provider.name()).toList());
        return OAuthAssembly.of(configured, pending, codes, users, clock, ids, settings.publicUrl(),
                settings.otpSettings(), accounts, login, tokens);
    }

    /** Made at start, so that a malformed request limit stops the service there. */
    @Context
    RateLimitAssembly rateLimits(RateLimiter limiter, AuthSettings settings, Telemetry telemetry) {
        return RateLimitAssembly.of(limiter, settings.rateLimits().limits(), telemetry);
    }

    @Singleton
    HousekeepingAssembly housekeeping(RevokedAccessTokens revocations, OneTimeTokenStore oneTimeTokens,
                                      SignInCodeStore signInCodes, RefreshTokenStore refreshTokens,
                                      LegacyTokenStore legacyTokens, AuditLog audit, ClusterLock lock,
                                      HousekeepingReport report, Clock clock, HousekeepingProperties settings) {
        return HousekeepingAssembly.of(revocations, oneTimeTokens, signInCodes, refreshTokens, legacyTokens, audit,
                lock, report, clock, settings.settings());
    }
}
