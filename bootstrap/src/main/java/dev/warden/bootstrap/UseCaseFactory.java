package dev.warden.bootstrap;

import dev.warden.adapter.inprocess.Argon2PasswordHasher;
import dev.warden.adapter.inprocess.IcuConfusableNames;
import dev.warden.adapter.inprocess.SecureRandomIdGenerator;
import dev.warden.adapter.inprocess.SystemClock;
import dev.warden.application.account.port.in.CurrentUserUseCase;
import dev.warden.application.account.port.in.EmailSignUpUseCase;
import dev.warden.application.account.port.in.RegisterUseCase;
import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.AccountFactory;
import dev.warden.application.account.service.AccountMails;
import dev.warden.application.account.service.CurrentUserService;
import dev.warden.application.account.service.EmailSignUpService;
import dev.warden.application.account.service.MailRequestLimits;
import dev.warden.application.account.service.OAuthUsernames;
import dev.warden.application.account.service.RegisterService;
import dev.warden.application.admin.port.in.AdministerUsersUseCase;
import dev.warden.application.admin.port.in.AuthorizeUseCase;
import dev.warden.application.admin.port.in.EnsureAdministratorUseCase;
import dev.warden.application.admin.service.AdministerUsersService;
import dev.warden.application.admin.service.AuthorizeService;
import dev.warden.application.admin.service.EnsureAdministratorService;
import dev.warden.application.legacy.port.in.LegacySignupUseCase;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.legacy.service.LegacySignupService;
import dev.warden.application.legacy.service.LegacyTokenIssuer;
import dev.warden.application.legacy.service.LegacyTokenService;
import dev.warden.application.login.port.in.AuthenticatePasswordUseCase;
import dev.warden.application.login.port.in.LoginUseCase;
import dev.warden.application.login.service.AuthenticatePasswordService;
import dev.warden.application.login.service.LoginService;
import dev.warden.application.login.service.LoginThrottle;
import dev.warden.application.login.service.PasswordAuthenticator;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.mail.port.in.EmailVerificationUseCase;
import dev.warden.application.mail.port.in.OtpSignInUseCase;
import dev.warden.application.mail.port.in.PasswordResetUseCase;
import dev.warden.application.mail.port.out.Mailer;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.mail.port.out.SignInCodeStore;
import dev.warden.application.mail.service.EmailVerificationService;
import dev.warden.application.mail.service.OtpSignInService;
import dev.warden.application.mail.service.PasswordResetService;
import dev.warden.application.ratelimit.port.in.ThrottleRequestsUseCase;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.ratelimit.service.RequestLimits;
import dev.warden.application.secondfactor.service.SecondFactorProof;
import dev.warden.application.selfservice.port.in.ChangeEmailUseCase;
import dev.warden.application.selfservice.port.in.ChangePasswordUseCase;
import dev.warden.application.selfservice.port.in.DeleteAccountUseCase;
import dev.warden.application.selfservice.service.ChangeEmailService;
import dev.warden.application.selfservice.service.ChangePasswordService;
import dev.warden.application.selfservice.service.DeleteAccountService;
import dev.warden.application.selfservice.service.Reauthenticator;
import dev.warden.application.session.SessionSettings;
import dev.warden.application.session.port.in.ManageSessionsUseCase;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.session.service.ManageSessionsService;
import dev.warden.application.session.service.SessionService;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.TokenLifetimes;
import dev.warden.application.token.port.in.AuthenticateUseCase;
import dev.warden.application.token.port.in.LogoutUseCase;
import dev.warden.application.token.port.in.RefreshUseCase;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.application.token.port.out.TokenCodec;
import dev.warden.application.token.service.AuthenticateService;
import dev.warden.application.token.service.FamilyRevocation;
import dev.warden.application.token.service.LogoutService;
import dev.warden.application.token.service.RefreshService;
import dev.warden.application.token.service.TokenIssuer;
import dev.warden.domain.password.CommonPasswords;
import dev.warden.domain.password.PasswordPolicy;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.concurrent.Executors;

/**
 * Wires the use cases to the adapters of their ports. The storage ports are served by the JDBC adapters
 * (beans of adapters-persistence), token encoding by the JWT codec of adapters-web, and the in-process
 * ports (clock, ids, password hashing) by adapters-memory.
 */
@Factory
class UseCaseFactory {

    @Singleton
    Clock clock() {
        return new SystemClock();
    }

    @Singleton
    IdGenerator ids() {
        return new SecureRandomIdGenerator();
    }

    @Singleton
    PasswordHasher passwordHasher(AuthSettings settings) {
        var parameters = settings.password().argon2();
        if (!parameters.meetsOwaspMinimum()) {
            throw new IllegalStateException("Argon2 parameters " + parameters
                    + " are below OWASP's minimum " + Argon2PasswordHasher.Parameters.OWASP);
        }
        return new Argon2PasswordHasher(parameters);
    }

    @Singleton
    PasswordPolicy passwordPolicy(AuthSettings settings) {
        return new PasswordPolicy(settings.password().minLength(), CommonPasswords.bundled());
    }

    /** Created at start, so that a refresh token family's maximum age shorter than a token's stops the service. */
    @Context
    TokenLifetimes tokenLifetimes(AuthSettings settings) {
        return settings.tokens().lifetimes();
    }

    @Singleton
    TokenIssuer tokenIssuer(TokenCodec codec, RefreshTokenStore refreshTokens, IdGenerator ids, Clock clock,
                            TokenLifetimes lifetimes) {
        return new TokenIssuer(codec, refreshTokens, ids, clock, lifetimes);
    }

    @Singleton
    FamilyRevocation familyRevocation(RefreshTokenStore refreshTokens, RevokedAccessTokens revoked, Clock clock) {
        return new FamilyRevocation(refreshTokens, revoked, clock);
    }

    @Singleton
    AccountFactory accountFactory(UserRepository users, PasswordPolicy policy, PasswordHasher hasher,
                                  IdGenerator ids, Clock clock, Mailer mailer) {
        return new AccountFactory(users, policy, hasher, ids, clock, mailer, new IcuConfusableNames());
    }

    @Singleton
    RegisterUseCase register(AccountFactory accounts, UserRepository users, AccountMails mails) {
        return new RegisterService(accounts, users, mails);
    }

    @Singleton
    EmailSignUpUseCase emailSignUp(RegisterUseCase register, UserRepository users, IdGenerator ids,
                                   TokenIssuer issuer, Clock clock) {
        return new EmailSignUpService(register, new OAuthUsernames(users, ids), issuer, users, clock);
    }

    @Singleton
    AccountMails accountMails(OneTimeTokenStore tokens, Mailer mailer, IdGenerator ids, Clock clock,
                              AuthSettings settings) {
        return new AccountMails(tokens, mailer, ids, clock, settings.accountMails());
    }

    /** Created at start, so that a malformed limit stops the service there rather than at the first login. */
    @Context
    LoginThrottle loginThrottle(RateLimiter limiter, AuthSettings settings) {
        return new LoginThrottle(limiter, settings.loginThrottle().settings());
    }

    @Context
    ThrottleRequestsUseCase requestLimits(RateLimiter limiter, AuthSettings settings) {
        return new RequestLimits(limiter, settings.rateLimits().limits());
    }

    @Singleton
    MailRequestLimits mailRequestLimits(RateLimiter limiter, AuthSettings settings) {
        return new MailRequestLimits(limiter, settings.accountMails());
    }

    /** Created at start, so that a malformed allowed origin stops the service there. */
    @Context
    OtpSignInUseCase otpSignIn(UserRepository users, SignInCodeStore codes, AccountMails mails,
                               MailRequestLimits limits, TokenIssuer issuer, IdGenerator ids, Clock clock,
                               AuthSettings settings, LoginThrottle throttle, RefreshTokenStore refreshTokens,
                               FamilyRevocation families, SessionStore sessions, LegacyTokenStore legacyTokens,
                               SecondFactorGate gate) {
        return new OtpSignInService(users, codes, mails, limits, new OAuthUsernames(users, ids), issuer, ids, clock,
                settings.otpSettings(), throttle,
                new SignOuts(refreshTokens, families, sessions, legacyTokens), gate);
    }

    @Singleton
    EmailVerificationUseCase emailVerification(UserRepository users, OneTimeTokenStore tokens, AccountMails mails,
                                               MailRequestLimits limits, Clock clock) {
        return new EmailVerificationService(users, tokens, mails, limits, clock);
    }

    @Singleton
    PasswordResetUseCase passwordReset(UserRepository users, OneTimeTokenStore tokens, AccountMails mails,
                                       MailRequestLimits limits, PasswordPolicy policy, PasswordHasher hasher,
                                       RefreshTokenStore refreshTokens, FamilyRevocation families,
                                       SessionStore sessions, LegacyTokenStore legacyTokens, Clock clock) {
        // Finding the account and mailing its link leave the request (so both answers take one time): a virtual
        // thread each, as the work is blocking I/O.
        return new PasswordResetService(users, tokens, mails, limits, policy, hasher, refreshTokens, families,
                sessions, legacyTokens, clock, Executors.newVirtualThreadPerTaskExecutor());
    }

    @Singleton
    EnsureAdministratorUseCase ensureAdministrator(AccountFactory accounts, UserRepository users) {
        return new EnsureAdministratorService(accounts, users);
    }

    @Singleton
    PasswordAuthenticator passwordAuthenticator(UserRepository users, PasswordHasher hasher, Clock clock,
                                                LoginThrottle throttle, SecondFactorGate gate) {
        return new PasswordAuthenticator(users, hasher, clock, throttle, gate);
    }

    @Singleton
    AuthenticatePasswordUseCase authenticatePassword(PasswordAuthenticator authenticator) {
        return new AuthenticatePasswordService(authenticator);
    }

    @Singleton
    LoginUseCase login(PasswordAuthenticator authenticator, TokenIssuer issuer) {
        return new LoginService(authenticator, issuer);
    }

    /** Created at start, so that a session's maximum age shorter than its lifetime stops the service. */
    @Context
    SessionSettings sessionSettings(AuthSettings settings) {
        return settings.session().settings();
    }

    /** One service for the life of a session: it is the session login, authentication and logout use cases. */
    @Singleton
    SessionService sessions(PasswordAuthenticator authenticator, SessionStore sessions, UserRepository users,
                            IdGenerator ids, Clock clock, SessionSettings settings) {
        return new SessionService(authenticator, sessions, users, ids, clock, settings);
    }

    @Singleton
    ManageSessionsUseCase manageSessions(SessionStore sessions, RefreshTokenStore refreshTokens,
                                         FamilyRevocation families, LegacyTokenStore legacyTokens, Clock clock) {
        return new ManageSessionsService(sessions, refreshTokens, families, legacyTokens, clock);
    }

    @Singleton
    LegacyTokenIssuer legacyTokenIssuer(LegacyTokenStore tokens, IdGenerator ids, Clock clock, AuthSettings settings) {
        return new LegacyTokenIssuer(tokens, ids, clock, settings.legacy().settings());
    }

    /** One service for the life of a legacy token: it is the legacy login, logout and authentication use cases. */
    @Singleton
    LegacyTokenService legacyTokens(PasswordAuthenticator authenticator, LegacyTokenIssuer issuer,
                                    LegacyTokenStore tokens, UserRepository users, Clock clock) {
        return new LegacyTokenService(authenticator, issuer, tokens, users, clock);
    }

    @Singleton
    LegacySignupUseCase legacySignup(AccountFactory accounts, RegisterUseCase register, LegacyTokenIssuer issuer) {
        return new LegacySignupService(accounts, register, issuer);
    }

    @Singleton
    RefreshUseCase refresh(RefreshTokenStore refreshTokens, UserRepository users, TokenIssuer issuer,
                           FamilyRevocation families, Clock clock, TokenLifetimes lifetimes) {
        return new RefreshService(refreshTokens, users, issuer, families, clock, lifetimes);
    }

    @Singleton
    LogoutUseCase logout(RevokedAccessTokens revoked, RefreshTokenStore refreshTokens, FamilyRevocation families) {
        return new LogoutService(revoked, refreshTokens, families);
    }

    @Singleton
    AuthenticateUseCase authenticate(TokenCodec codec, RevokedAccessTokens revoked) {
        return new AuthenticateService(codec, revoked);
    }

    @Singleton
    AuthorizeUseCase authorize(UserRepository users) {
        return new AuthorizeService(users);
    }

    @Singleton
    AdministerUsersUseCase administerUsers(UserRepository users, RefreshTokenStore refreshTokens,
                                           FamilyRevocation families, SessionStore sessions,
                                           LegacyTokenStore legacyTokens, AuditLog audit, IdGenerator ids,
                                           Clock clock) {
        return new AdministerUsersService(users, refreshTokens, families, sessions, legacyTokens, audit, ids, clock);
    }

    @Singleton
    CurrentUserUseCase currentUser(UserRepository users) {
        return new CurrentUserService(users);
    }

    /** Account self-service: what a signed-in owner proves before a change, and the three changes. */
    @Singleton
    Reauthenticator reauthenticator(UserRepository users, PasswordHasher hasher, LoginThrottle throttle,
                                    SecondFactorProof secondFactor) {
        return new Reauthenticator(users, hasher, throttle, secondFactor);
    }

    @Singleton
    ChangePasswordUseCase changePassword(Reauthenticator reauthenticator, UserRepository users, PasswordPolicy policy,
                                         PasswordHasher hasher, OneTimeTokenStore tokens,
                                         RefreshTokenStore refreshTokens, FamilyRevocation families,
                                         SessionStore sessions, LegacyTokenStore legacyTokens, AccountMails mails,
                                         AuditLog audit, IdGenerator ids, Clock clock) {
        return new ChangePasswordService(reauthenticator, users, policy, hasher, tokens,
                new SignOuts(refreshTokens, families, sessions, legacyTokens), mails, audit, ids, clock);
    }

    @Singleton
    ChangeEmailUseCase changeEmail(Reauthenticator reauthenticator, UserRepository users, OneTimeTokenStore tokens,
                                   AccountMails mails, MailRequestLimits limits, AuditLog audit, IdGenerator ids,
                                   Clock clock) {
        return new ChangeEmailService(reauthenticator, users, tokens, mails, limits, audit, ids, clock);
    }

    @Singleton
    DeleteAccountUseCase deleteAccount(Reauthenticator reauthenticator, UserRepository users,
                                       RefreshTokenStore refreshTokens, FamilyRevocation families,
                                       SessionStore sessions, LegacyTokenStore legacyTokens, SecondFactorGate gate,
                                       AccountMails mails, AuditLog audit, IdGenerator ids, Clock clock) {
        return new DeleteAccountService(reauthenticator, users,
                new SignOuts(refreshTokens, families, sessions, legacyTokens), gate, mails, audit, ids, clock);
    }
}
