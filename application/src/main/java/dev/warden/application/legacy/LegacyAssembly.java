package dev.warden.application.legacy;

import dev.warden.application.account.AccountAssembly;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.legacy.port.in.AuthenticateLegacyTokenUseCase;
import dev.warden.application.legacy.port.in.LegacyLoginUseCase;
import dev.warden.application.legacy.port.in.LegacyLogoutUseCase;
import dev.warden.application.legacy.port.in.LegacySignupUseCase;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.legacy.service.LegacySignupService;
import dev.warden.application.legacy.service.LegacyTokenIssuer;
import dev.warden.application.legacy.service.LegacyTokenService;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import java.util.List;

/** The legacy API: its login and logout forms, its sign-up form, and its opaque tokens. */
public final class LegacyAssembly {
    public static final List<Offer<LegacyAssembly, ?>> OFFERS = List.of(
            Offer.of(LegacyLoginUseCase.class, LegacyAssembly::legacyLogin),
            Offer.of(LegacyLogoutUseCase.class, LegacyAssembly::legacyLogout),
            Offer.of(AuthenticateLegacyTokenUseCase.class, LegacyAssembly::authenticateLegacyToken),
            Offer.of(LegacySignupUseCase.class, LegacyAssembly::legacySignup));

    private final LegacyTokenIssuer issuer;
    private final LegacyTokenService tokens;
    private final LegacySignupUseCase legacySignup;

    public LegacyAssembly(LegacyTokenStore store, UserRepository users, Clock clock, IdGenerator ids,
                          LegacyTokenSettings settings, LoginAssembly login, AccountAssembly accounts) {
        issuer = new LegacyTokenIssuer(store, ids, clock, settings);
        tokens = new LegacyTokenService(login.authenticator(), issuer, store, users, clock);
        legacySignup = new LegacySignupService(accounts.accounts(), accounts.register(), issuer);
    }

    /** Issues a legacy token for a login that another feature finished (a second factor). */
    public LegacyTokenIssuer issuer() {
        return issuer;
    }

    public LegacyLoginUseCase legacyLogin() {
        return tokens;
    }

    public LegacyLogoutUseCase legacyLogout() {
        return tokens;
    }

    public AuthenticateLegacyTokenUseCase authenticateLegacyToken() {
        return tokens;
    }

    public LegacySignupUseCase legacySignup() {
        return legacySignup;
    }
}
