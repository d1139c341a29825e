package dev.warden.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.warden.adapter.inprocess.AesGcmSecretBox;
import dev.warden.adapter.inprocess.Argon2PasswordHasher;
import dev.warden.adapter.inprocess.IcuConfusableNames;
import dev.warden.adapter.inprocess.LibraryTotpGenerator;
import dev.warden.adapter.inprocess.SecureRandomIdGenerator;
import dev.warden.adapter.inprocess.WebAuthn4jVerifier;
import dev.warden.adapter.memory.InMemoryAuditLog;
import dev.warden.adapter.memory.InMemoryLegacyTokenStore;
import dev.warden.adapter.memory.InMemoryMfaChallengeStore;
import dev.warden.adapter.memory.InMemoryOneTimeTokenStore;
import dev.warden.adapter.memory.InMemoryOutbox;
import dev.warden.adapter.memory.InMemoryPasskeyChallengeStore;
import dev.warden.adapter.memory.InMemoryPasskeyStore;
import dev.warden.adapter.memory.InMemoryRateLimiter;
import dev.warden.adapter.memory.InMemoryRefreshTokenStore;
import dev.warden.adapter.memory.InMemoryRevokedAccessTokens;
import dev.warden.adapter.memory.InMemorySessionStore;
import dev.warden.adapter.memory.InMemoryTokenCodec;
import dev.warden.adapter.memory.InMemoryTotpStore;
import dev.warden.adapter.memory.InMemoryUserRepository;
import dev.warden.application.account.AccountMailSettings;
import dev.warden.application.account.port.in.CurrentUserUseCase;
import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.account.port.in.RegisterUseCase;
import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.service.AccountFactory;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.account.service.CurrentUserService;
import dev.warden.application.account.service.RegisterService;
import dev.warden.application.admin.port.in.AdministerUsersUseCase;
import dev.warden.application.admin.port.in.EnsureAdministratorUseCase;
import dev.warden.application.admin.service.AdministerUsersService;
import dev.warden.application.admin.service.EnsureAdministratorService;
import dev.warden.application.legacy.LegacyTokenSettings;
import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.application.legacy.port.in.LegacyLoginCommand;
import dev.warden.application.legacy.port.in.LegacySignupUseCase;
import dev.warden.application.legacy.port.in.LegacyTokenCommand;
import dev.warden.application.legacy.service.LegacySignupService;
import dev.warden.application.legacy.service.LegacyTokenIssuer;
import dev.warden.application.legacy.service.LegacyTokenService;
import dev.warden.application.login.LoginThrottleSettings;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.login.port.in.LoginUseCase;
import dev.warden.application.login.service.LoginService;
import dev.warden.application.login.service.LoginThrottle;
import dev.warden.application.login.service.PasswordAuthenticator;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.passkey.PasskeySettings;
import dev.warden.application.passkey.service.PasskeyService;
import dev.warden.application.secondfactor.TotpSettings;
import dev.warden.application.secondfactor.service.TotpService;
import dev.warden.application.session.SessionSettings;
import dev.warden.application.session.port.in.ManageSessionsUseCase;
import dev.warden.application.session.port.in.SessionSecretCommand;
import dev.warden.application.session.port.in.SessionTicket;
import dev.warden.application.session.service.ManageSessionsService;
import dev.warden.application.session.service.SessionOpener;
import dev.warden.application.session.service.SessionService;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.MutableClock;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.token.TokenLifetimes;
import dev.warden.application.token.port.in.AuthenticateCommand;
import dev.warden.application.token.port.in.AuthenticateUseCase;
import dev.warden.application.token.port.in.LogoutCommand;
import dev.warden.application.token.port.in.LogoutUseCase;
import dev.warden.application.token.port.in.RefreshCommand;
import dev.warden.application.token.port.in.RefreshUseCase;
import dev.warden.application.token.port.in.TokenPair;
import dev.warden.application.token.port.out.TokenCodec;
import dev.warden.application.token.service.AuthenticateService;
import dev.warden.application.token.service.FamilyRevocation;
import dev.warden.application.token.service.LogoutService;
import dev.warden.application.token.service.RefreshService;
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
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The real use cases wired to the in-memory adapters, a clock the test moves and a fast Argon2id. */
final class Warden {
    static final Instant T0 = Instant.parse("2026-01-15T10:30:00Z");
    static final Argon2PasswordHasher.Parameters FAST = new Argon2PasswordHasher.Parameters(1024, 1, 1);
    static final String PASSWORD = "violet-harbour-lantern";

    final MutableClock clock = new MutableClock(T0);
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryRefreshTokenStore refreshTokens = new InMemoryRefreshTokenStore();
    final InMemoryRevokedAccessTokens revokedAccessTokens = new InMemoryRevokedAccessTokens();
    final IdGenerator ids = new SecureRandomIdGenerator();
    final PasswordHasher hasher = new Argon2PasswordHasher(FAST);
    final TokenCodec codec = new InMemoryTokenCodec(ids, clock);
    final TokenIssuer issuer = new TokenIssuer(codec, refreshTokens, ids, clock, TokenLifetimes.DEFAULT);
    final FamilyRevocation families = new FamilyRevocation(refreshTokens, revokedAccessTokens, clock);
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final AccountFactory accounts = new AccountFactory(users, PasswordPolicy.standard(), hasher, ids, clock, outbox,
            new IcuConfusableNames());

    final InMemoryOneTimeTokenStore oneTimeTokens = new InMemoryOneTimeTokenStore();
    final AccountMails mails = new AccountMails(oneTimeTokens, outbox, ids, clock, AccountMailSettings.DEFAULT);

    final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);
    final LoginThrottle throttle = new LoginThrottle(limiter, LoginThrottleSettings.DEFAULT);

    final InMemoryTotpStore totpStore = new InMemoryTotpStore();
    final InMemoryMfaChallengeStore mfaChallenges = new InMemoryMfaChallengeStore();
    final InMemoryPasskeyStore passkeyStore = new InMemoryPasskeyStore();
    final SecondFactorGate gate = new SecondFactorGate(totpStore, mfaChallenges, ids, clock, passkeyStore);

    final RegisterUseCase register = new RegisterService(accounts, users, mails);
    final LoginUseCase login = loginWith(hasher);
    final RefreshUseCase refresh = new RefreshService(refreshTokens, users, issuer, families, clock,
            TokenLifetimes.DEFAULT);
    final LogoutUseCase logout = new LogoutService(revokedAccessTokens, refreshTokens, families);
    final CurrentUserUseCase currentUser = new CurrentUserService(users);
    final EnsureAdministratorUseCase ensureAdministrator = new EnsureAdministratorService(accounts, users);
    final AuthenticateUseCase authenticate = new AuthenticateService(codec, revokedAccessTokens);
    final InMemorySessionStore sessionStore = new InMemorySessionStore();
    final SessionService sessions = new SessionService(new PasswordAuthenticator(users, hasher, clock, throttle, gate),
            sessionStore, users, ids, clock, SessionSettings.DEFAULT);
    final InMemoryLegacyTokenStore legacyTokens = new InMemoryLegacyTokenStore();
    final ManageSessionsUseCase manageSessions =
            new ManageSessionsService(sessionStore, refreshTokens, families, legacyTokens, clock);
    final PasswordAuthenticator authenticator = new PasswordAuthenticator(users, hasher, clock, throttle, gate);
    final LegacyTokenService legacy = new LegacyTokenService(authenticator,
            new LegacyTokenIssuer(legacyTokens, ids, clock, LegacyTokenSettings.DEFAULT), legacyTokens, users, clock);
    final LegacySignupUseCase legacySignup = new LegacySignupService(accounts, register,
            new LegacyTokenIssuer(legacyTokens, ids, clock, LegacyTokenSettings.DEFAULT));
    final AdministerUsersUseCase administer = new AdministerUsersService(users, refreshTokens, families, sessionStore,
            legacyTokens, new InMemoryAuditLog(), ids, clock);

    final LibraryTotpGenerator totpCodes = new LibraryTotpGenerator();
    final SecretBox secretBox = AesGcmSecretBox.fromKeyMaterial("test key material of at least 32 characters");
    final TotpService totp = new TotpService(users, totpStore, mfaChallenges, totpCodes, secretBox, throttle, issuer,
            new SessionOpener(sessionStore, ids, clock, SessionSettings.DEFAULT),
            new LegacyTokenIssuer(legacyTokens, ids, clock, LegacyTokenSettings.DEFAULT), ids, clock,
            TotpSettings.DEFAULT);

    final InMemoryPasskeyChallengeStore passkeyChallenges = new InMemoryPasskeyChallengeStore();
    final PasskeySettings passkeySettings = PasskeySettings.of("https://auth.example.org", "", java.util.Set.of(),
            "Warden");
    final PasskeyService passkeys = new PasskeyService(users, passkeyStore, passkeyChallenges,
            new WebAuthn4jVerifier(), gate, issuer, ids, clock, passkeySettings, totp);

    LoginUseCase loginWith(PasswordHasher otherHasher) {
        return new LoginService(new PasswordAuthenticator(users, otherHasher, clock, throttle, gate), issuer);
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
        return sessions.startSession(new LoginCommand(identifier, PASSWORD, client));
    }

    Session sessionOf(String secret) {
        return sessions.authenticate(new SessionSecretCommand(secret));
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
        var result = legacy.login(new LegacyLoginCommand(identifier, PASSWORD, ClientInfo.UNKNOWN));
        if (result instanceof LegacyFormResult.Issued(var token)) {
            return token;
        }
        throw new AssertionError("legacy login refused: " + result);
    }

    /** The caller of a request authenticated by this legacy token. */
    Caller callerWithLegacyToken(String token) {
        var legacyToken = legacy.authenticate(new LegacyTokenCommand(token));
        return new Caller(legacyToken.userId(), new Caller.LegacyTokenCredential(legacyToken.id()));
    }

    /** Whether a request with this legacy token would be let in. */
    boolean legacyTokenWorks(String token) {
        try {
            legacy.authenticate(new LegacyTokenCommand(token));
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
