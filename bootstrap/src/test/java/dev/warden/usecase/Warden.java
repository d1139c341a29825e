package dev.warden.usecase;

import dev.warden.adapter.micrometer.MicrometerTelemetry;
import dev.warden.application.shared.port.out.Telemetry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.warden.adapter.inprocess.AesGcmSecretBox;
import dev.warden.adapter.inprocess.Argon2PasswordHasher;
import dev.warden.adapter.inprocess.IcuConfusableNames;
import dev.warden.adapter.inprocess.LibraryTotpGenerator;
import dev.warden.adapter.inprocess.SecureRandomIdGenerator;
import dev.warden.adapter.inprocess.WebAuthn4jVerifier;
import dev.warden.adapter.memory.InMemoryAuditLog;
import dev.warden.adapter.memory.InMemoryClusterLock;
import dev.warden.adapter.memory.InMemoryLegacyTokenStore;
import dev.warden.adapter.memory.InMemoryMfaChallengeStore;
import dev.warden.adapter.memory.InMemoryOneTimeTokenStore;
import dev.warden.adapter.memory.InMemoryOutbox;
import dev.warden.adapter.memory.InMemoryPasskeyChallengeStore;
import dev.warden.adapter.memory.InMemoryClientMetadataStore;
import dev.warden.adapter.memory.InMemoryPasskeyStore;
import dev.warden.adapter.memory.InMemoryRateLimiter;
import dev.warden.adapter.memory.InMemoryRefreshTokenStore;
import dev.warden.adapter.memory.InMemoryRevokedAccessTokens;
import dev.warden.adapter.memory.InMemorySessionStore;
import dev.warden.adapter.memory.InMemorySignInCodeStore;
import dev.warden.adapter.memory.InMemoryTokenCodec;
import dev.warden.adapter.memory.InMemoryTotpStore;
import dev.warden.adapter.memory.InMemoryUserRepository;
import dev.warden.application.account.AccountAssembly;
import dev.warden.application.account.AccountMailSettings;
import dev.warden.application.account.port.in.CurrentUserUseCase;
import dev.warden.application.account.port.in.EmailSignUpUseCase;
import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.account.port.in.RegisterUseCase;
import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.service.AccountFactory;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.admin.AdminAssembly;
import dev.warden.application.admin.port.in.AdministerUsersUseCase;
import dev.warden.application.admin.port.in.EnsureAdministratorUseCase;
import dev.warden.application.housekeeping.HousekeepingAssembly;
import dev.warden.application.housekeeping.HousekeepingSettings;
import dev.warden.application.housekeeping.port.in.HousekeepingUseCase;
import dev.warden.application.legacy.LegacyAssembly;
import dev.warden.application.legacy.LegacyTokenSettings;
import dev.warden.application.legacy.port.in.AuthenticateLegacyTokenUseCase;
import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.application.legacy.port.in.LegacyLoginCommand;
import dev.warden.application.legacy.port.in.LegacyLoginUseCase;
import dev.warden.application.legacy.port.in.LegacyLogoutUseCase;
import dev.warden.application.legacy.port.in.LegacySignupUseCase;
import dev.warden.application.legacy.port.in.LegacyTokenCommand;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.login.LoginThrottleSettings;
import dev.warden.application.login.port.in.AuthenticatePasswordUseCase;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.login.port.in.LoginUseCase;
import dev.warden.application.login.service.LoginThrottle;
import dev.warden.application.login.service.PasswordAuthenticator;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.mail.MailAssembly;
import dev.warden.application.mail.OtpSettings;
import dev.warden.application.mail.port.out.Mailer;
import dev.warden.application.passkey.PasskeyAssembly;
import dev.warden.application.passkey.PasskeySettings;
import dev.warden.application.passkey.port.in.ManagePasskeysUseCase;
import dev.warden.application.passkey.port.in.PasskeySignInUseCase;
import dev.warden.application.secondfactor.SecondFactorAssembly;
import dev.warden.application.secondfactor.TotpSettings;
import dev.warden.application.secondfactor.port.in.ManageTotpUseCase;
import dev.warden.application.secondfactor.port.in.VerifyMfaUseCase;
import dev.warden.application.selfservice.SelfServiceAssembly;
import dev.warden.application.session.SessionAssembly;
import dev.warden.application.session.SessionSettings;
import dev.warden.application.session.port.in.AuthenticateSessionUseCase;
import dev.warden.application.session.port.in.ManageSessionsUseCase;
import dev.warden.application.session.port.in.SessionLoginUseCase;
import dev.warden.application.session.port.in.SessionLogoutUseCase;
import dev.warden.application.session.port.in.SessionSecretCommand;
import dev.warden.application.session.port.in.SessionTicket;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.MutableClock;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.token.TokenAssembly;
import dev.warden.application.token.TokenLifetimes;
import dev.warden.application.token.port.in.AuthenticateCommand;
import dev.warden.application.token.port.in.AuthenticateUseCase;
import dev.warden.application.token.port.in.LogoutCommand;
import dev.warden.application.token.port.in.LogoutUseCase;
import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.application.token.port.in.RefreshUseCase;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.application.token.port.out.CountingRevokedAccessTokens;
import dev.warden.application.token.port.out.TokenCodec;
import dev.warden.application.token.service.FamilyRevocation;
import dev.warden.application.token.service.TokenIssuer;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.password.PasswordPolicy;
import dev.warden.domain.session.ClientInfo;
import dev.warden.domain.session.Session;
import dev.warden.domain.token.AccessGrant;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The real use cases, built by the same feature assemblies as the service, on the in-memory adapters, a clock the
 * test moves and a fast Argon2id.
 */
final class Warden {
    static final Instant T0 = Instant.parse("2026-01-15T10:30:00Z");
    static final Argon2PasswordHasher.Parameters FAST = new Argon2PasswordHasher.Parameters(1024, 1, 1);
    static final String PASSWORD = "violet-harbour-lantern";

    // the adapters
    final MutableClock clock = new MutableClock(T0);
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
    final CountingRevokedAccessTokens revokedAccessTokens =
            new CountingRevokedAccessTokens(new InMemoryRevokedAccessTokens());
    final IdGenerator ids = new SecureRandomIdGenerator();
    final PasswordHasher hasher = new Argon2PasswordHasher(FAST);
    final TokenCodec codec = new InMemoryTokenCodec(ids, clock);
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryOneTimeTokenStore oneTimeTokens = new InMemoryOneTimeTokenStore();
    final InMemorySignInCodeStore signInCodes = new InMemorySignInCodeStore();
    final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);
    final InMemoryTotpStore totpStore = new InMemoryTotpStore();
    final InMemoryMfaChallengeStore mfaChallenges = new InMemoryMfaChallengeStore();
    final InMemoryPasskeyStore passkeyStore = new InMemoryPasskeyStore();
    final InMemoryClientMetadataStore clientMetadata = new InMemoryClientMetadataStore();
    final InMemorySessionStore sessionStore = new InMemorySessionStore();
    final InMemoryLegacyTokenStore legacyTokens = new InMemoryLegacyTokenStore();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final LibraryTotpGenerator totpCodes = new LibraryTotpGenerator();
    final SecretBox secretBox = AesGcmSecretBox.fromKeyMaterial("test key material of at least 32 characters");
    final InMemoryPasskeyChallengeStore passkeyChallenges = new InMemoryPasskeyChallengeStore();
    final PasskeySettings passkeySettings = PasskeySettings.of("https://auth.example.org", "", java.util.Set.of(),
            "Warden");

    // what the use cases count, as bootstrap's MetricsFactory has it, in a registry of the harness's own
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final Telemetry telemetry = new MicrometerTelemetry(meters);

    // the features, as bootstrap's FeatureFactory builds them
    final TokenAssembly tokenFeature = TokenAssembly.of(codec, refreshTokens, revokedAccessTokens, users, clock, ids,
            TokenLifetimes.DEFAULT, telemetry);
    final LoginAssembly loginFeature = loginFeature(hasher);
    final SessionAssembly sessionFeature = SessionAssembly.of(sessionStore, refreshTokens, legacyTokens, users, clock,
            ids, SessionSettings.DEFAULT, loginFeature, tokenFeature);
    final AccountAssembly accountFeature = accountFeature(outbox);
    final LegacyAssembly legacyFeature = LegacyAssembly.of(legacyTokens, users, clock, ids,
            LegacyTokenSettings.DEFAULT, loginFeature, accountFeature);
    final SecondFactorAssembly secondFactorFeature = SecondFactorAssembly.of(users, totpStore, mfaChallenges,
            totpCodes, secretBox, clock, ids, TotpSettings.DEFAULT, loginFeature, tokenFeature, sessionFeature,
            legacyFeature);
    final PasskeyAssembly passkeyFeature = PasskeyAssembly.of(users, passkeyStore, passkeyChallenges,
            new WebAuthn4jVerifier(), clock, ids, passkeySettings, loginFeature, tokenFeature, secondFactorFeature);
    final SelfServiceAssembly selfServiceFeature = selfServiceFeature(accountFeature);
    final AdminAssembly adminFeature = AdminAssembly.of(users, audit, clock, ids, sessionFeature, accountFeature);
    final InMemoryClusterLock clusterLock = new InMemoryClusterLock();
    /** What housekeeping reported, per kind, summed over its sweeps. */
    final java.util.Map<String, Long> housekeepingReported = new java.util.concurrent.ConcurrentHashMap<>();
    /** Batches of two rows, without pauses, so that a few rows take several batches. */
    final HousekeepingAssembly housekeepingFeature = HousekeepingAssembly.of(revokedAccessTokens, oneTimeTokens,
            signInCodes, refreshTokens, legacyTokens, audit, clusterLock,
            (what, rows) -> housekeepingReported.merge(what, rows, Long::sum), clock,
            new HousekeepingSettings(java.time.Duration.ofDays(400), 2, java.time.Duration.ZERO));

    // what the tests reach for
    final TokenIssuer issuer = tokenFeature.issuer();
    final FamilyRevocation families = tokenFeature.families();
    final AccountFactory accounts = accountFeature.accounts();
    final AccountMails mails = accountFeature.mails();
    final LoginThrottle throttle = loginFeature.throttle();
    final SecondFactorGate gate = loginFeature.gate();
    final PasswordAuthenticator authenticator = loginFeature.authenticator();

    final RegisterUseCase register = accountFeature.register();
    final EmailSignUpUseCase emailSignUp = accountFeature.emailSignUp();
    final LoginUseCase login = loginFeature.login();
    final AuthenticatePasswordUseCase authenticatePassword = loginFeature.authenticatePassword();
    final RefreshUseCase refresh = tokenFeature.refresh();
    final LogoutUseCase logout = tokenFeature.logout();
    final CurrentUserUseCase currentUser = accountFeature.currentUser();
    final EnsureAdministratorUseCase ensureAdministrator = adminFeature.ensureAdministrator();
    final AuthenticateUseCase authenticate = tokenFeature.authenticate();
    final SessionLoginUseCase sessionLogin = sessionFeature.sessionLogin();
    final AuthenticateSessionUseCase authenticateSession = sessionFeature.authenticateSession();
    final SessionLogoutUseCase sessionLogout = sessionFeature.sessionLogout();
    final ManageSessionsUseCase manageSessions = sessionFeature.manageSessions();
    final LegacyLoginUseCase legacyLogin = legacyFeature.legacyLogin();
    final LegacyLogoutUseCase legacyLogout = legacyFeature.legacyLogout();
    final AuthenticateLegacyTokenUseCase authenticateLegacyToken = legacyFeature.authenticateLegacyToken();
    final LegacySignupUseCase legacySignup = legacyFeature.legacySignup();
    final AdministerUsersUseCase administer = adminFeature.administerUsers();
    final ManageTotpUseCase manageTotp = secondFactorFeature.manageTotp();
    final VerifyMfaUseCase verifyMfa = secondFactorFeature.verifyMfa();
    final ManagePasskeysUseCase managePasskeys = passkeyFeature.managePasskeys();
    final PasskeySignInUseCase passkeySignIn = passkeyFeature.passkeySignIn();
    final HousekeepingUseCase housekeeping = housekeepingFeature.housekeeping();

    /** The login feature on these adapters, with another password hasher. */
    LoginAssembly loginFeature(PasswordHasher otherHasher) {
        return LoginAssembly.of(users, otherHasher, limiter, totpStore, mfaChallenges, passkeyStore, clock, ids,
                LoginThrottleSettings.DEFAULT, tokenFeature);
    }

    /** The account feature on these adapters, mailing through this mailer. */
    AccountAssembly accountFeature(Mailer mailer) {
        return AccountAssembly.of(users, PasswordPolicy.standard(), hasher, new IcuConfusableNames(), oneTimeTokens,
                mailer, limiter, clock, ids, AccountMailSettings.DEFAULT, tokenFeature, loginFeature, sessionFeature);
    }

    /** Account self-service on these adapters, with the account feature given. */
    SelfServiceAssembly selfServiceFeature(AccountAssembly accountsWith) {
        return SelfServiceAssembly.of(users, PasswordPolicy.standard(), hasher, oneTimeTokens, passkeyStore,
                clientMetadata, audit, clock, ids, loginFeature, sessionFeature, secondFactorFeature, accountsWith);
    }

    /** The mail flows on these adapters, with these sign-in code settings and this executor of work after answers. */
    MailAssembly mailFeature(OtpSettings otp, Executor background) {
        return MailAssembly.of(users, oneTimeTokens, signInCodes, PasswordPolicy.standard(), hasher, clock, ids, otp,
                background, accountFeature, loginFeature, tokenFeature, sessionFeature);
    }

    LoginUseCase loginWith(PasswordHasher otherHasher) {
        return loginFeature(otherHasher).login();
    }

    User registered(String username) {
        return register.register(new RegisterCommand(username, username + "@example.com", PASSWORD, "Ada", "Lovelace"));
    }

    TokenPair loggedIn(String identifier) {
        return login.login(new LoginCommand(identifier, PASSWORD));
    }

    TokenPair refreshed(String refreshToken) {
        return refresh.refresh(new RefreshCommand(refreshToken));
    }

    AccessGrant authenticated(String accessToken) {
        return authenticate.authenticate(new AuthenticateCommand(accessToken));
    }

    void logOut(TokenPair pair, Optional<String> refreshToken) {
        logout.logout(new LogoutCommand(authenticated(pair.accessToken()), refreshToken));
    }

    TokenPair loggedIn(String identifier, ClientInfo client) {
        return login.login(new LoginCommand(identifier, PASSWORD, client));
    }

    SessionTicket sessionStarted(String identifier) {
        return sessionStarted(identifier, ClientInfo.UNKNOWN);
    }

    SessionTicket sessionStarted(String identifier, ClientInfo client) {
        return sessionLogin.startSession(new LoginCommand(identifier, PASSWORD, client));
    }

    Session sessionOf(String secret) {
        return authenticateSession.authenticate(new SessionSecretCommand(secret));
    }

    /** The caller of a request authenticated by this session's cookie. */
    Caller callerWith(SessionTicket ticket) {
        var session = sessionOf(ticket.secret());
        return new Caller(session.userId(), new Caller.SessionCredential(session.id(), session.remainingAt(session.lastUsedAt())));
    }

    /** The caller of a request authenticated by this pair's access token. */
    Caller callerWith(TokenPair pair) {
        var grant = authenticated(pair.accessToken());
        return new Caller(grant.userId(), new Caller.AccessTokenCredential(grant.tokenId()));
    }

    /** A legacy token from the legacy login form, with the default password. */
    String legacyToken(String identifier) {
        var result = legacyLogin.login(new LegacyLoginCommand(identifier, PASSWORD, ClientInfo.UNKNOWN));
        if (result instanceof LegacyFormResult.Issued(var token)) {
            return token;
        }
        throw new AssertionError("legacy login refused: " + result);
    }

    /** The caller of a request authenticated by this legacy token. */
    Caller callerWithLegacyToken(String token) {
        var legacyToken = authenticateLegacyToken.authenticate(new LegacyTokenCommand(token));
        return new Caller(legacyToken.userId(), new Caller.LegacyTokenCredential(legacyToken.id()));
    }

    /** Whether a request with this legacy token would be let in. */
    boolean legacyTokenWorks(String token) {
        try {
            authenticateLegacyToken.authenticate(new LegacyTokenCommand(token));
            return true;
        } catch (AuthException e) {
            assertThat(e.error()).isEqualTo(new AuthError.InvalidToken());
            return false;
        }
    }

    User stored(UserId id) {
        return users.findById(id).orElseThrow();
    }

    void setActive(UserId id, boolean active) {
        var u = stored(id);
        users.update(new User(u.id(), u.username(), u.email(), u.passwordHash(), u.firstName(), u.lastName(), active,
                u.staff(), u.superuser(), u.emailVerified(), u.membership(), u.oauthProvider(), u.oauthId(),
                u.dateJoined(), u.lastLogin()));
    }

    static AuthError errorOf(ThrowingCallable call) {
        var thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(AuthException.class);
        return ((AuthException) thrown).error();
    }
}
