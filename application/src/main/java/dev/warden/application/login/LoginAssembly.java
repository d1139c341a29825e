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
import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.shared.port.out.Telemetry.LoginMethod;
import dev.warden.application.token.TokenAssembly;
import java.util.List;

/**
 * Password login: the password check with its lockout, the second-factor gate every way of signing in passes, and
 * the login that issues tokens.
 *
 * @param throttle      the lockout rules, which every check of a password or code counts against
 * @param gate          where every way of signing in stops when the account has a second factor
 * @param authenticator the password check, for the other features that sign in with a password
 * @param telemetry     what the features that sign in count their logins with (the token feature's)
 */
public record LoginAssembly(LoginThrottle throttle, SecondFactorGate gate, PasswordAuthenticator authenticator,
                            LoginUseCase login, AuthenticatePasswordUseCase authenticatePassword,
                            Telemetry telemetry) {
    public static final List<Offer<LoginAssembly, ?>> OFFERS = List.of(
            Offer.of(LoginUseCase.class, LoginAssembly::login),
            Offer.of(AuthenticatePasswordUseCase.class, LoginAssembly::authenticatePassword));

    public static LoginAssembly of(UserRepository users, PasswordHasher hasher, RateLimiter limiter, TotpStore totp,
                                   MfaChallengeStore challenges, PasskeyStore passkeys, Clock clock, IdGenerator ids,
                                   LoginThrottleSettings settings, TokenAssembly tokens) {
        var telemetry = tokens.telemetry();
        var throttle = new LoginThrottle(limiter, settings, telemetry);
        var gate = new SecondFactorGate(totp, challenges, ids, clock, passkeys);
        var authenticator = new PasswordAuthenticator(users, hasher, clock, throttle, gate);
        LoginUseCase login = new LoginService(authenticator, tokens.issuer());
        AuthenticatePasswordUseCase basic = new AuthenticatePasswordService(authenticator);
        return new LoginAssembly(throttle, gate, authenticator,
                command -> telemetry.login(LoginMethod.PASSWORD, () -> login.login(command)),
                command -> telemetry.login(LoginMethod.BASIC, () -> basic.authenticate(command)), telemetry);
    }
}
