package dev.warden.application.login;

import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.port.in.AuthenticatePasswordUseCase;
import dev.warden.application.login.port.in.LoginUseCase;
import dev.warden.application.login.service.AuthenticatePasswordService;
import dev.warden.application.login.service.LoginService;
import dev.warden.application.login.service.LoginThrottle;
import dev.warden.application.login.service.PasswordAuthenticator;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.ratelimit.port.out.RateLimiter;
import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.TokenAssembly;
import java.util.List;

/**
 * Password login: the password check with its lockout, the second-factor gate every way of signing in passes, and
 * the login that issues tokens.
 */
public final class LoginAssembly {
    public static final List<Offer<LoginAssembly, ?>> OFFERS = List.of(
            Offer.of(LoginUseCase.class, LoginAssembly::login),
            Offer.of(AuthenticatePasswordUseCase.class, LoginAssembly::authenticatePassword));

    private final LoginThrottle throttle;
    private final SecondFactorGate gate;
    private final PasswordAuthenticator authenticator;
    private final LoginUseCase login;
    private final AuthenticatePasswordUseCase authenticatePassword;

    public LoginAssembly(UserRepository users, PasswordHasher hasher, RateLimiter limiter, TotpStore totp,
                         MfaChallengeStore challenges, PasskeyStore passkeys, Clock clock, IdGenerator ids,
                         LoginThrottleSettings settings, TokenAssembly tokens) {
        throttle = new LoginThrottle(limiter, settings);
        gate = new SecondFactorGate(totp, challenges, ids, clock, passkeys);
        authenticator = new PasswordAuthenticator(users, hasher, clock, throttle, gate);
        login = new LoginService(authenticator, tokens.issuer());
        authenticatePassword = new AuthenticatePasswordService(authenticator);
    }

    /** The lockout rules, which every check of a password or code counts against. */
    public LoginThrottle throttle() {
        return throttle;
    }

    /** Where every way of signing in stops when the account has a second factor. */
    public SecondFactorGate gate() {
        return gate;
    }

    /** The password check, for the other features that sign in with a password. */
    public PasswordAuthenticator authenticator() {
        return authenticator;
    }

    public LoginUseCase login() {
        return login;
    }

    public AuthenticatePasswordUseCase authenticatePassword() {
        return authenticatePassword;
    }
}
