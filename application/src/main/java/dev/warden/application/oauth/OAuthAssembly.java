package dev.warden.application.oauth;

import dev.warden.application.account.AccountAssembly;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.mail.OtpSettings;
import dev.warden.application.oauth.port.in.ExchangeAuthorizationCodeUseCase;
import dev.warden.application.oauth.port.in.OAuthLoginUseCase;
import dev.warden.application.oauth.port.out.AuthorizationCodeStore;
import dev.warden.application.oauth.port.out.IdentityProvider;
import dev.warden.application.oauth.port.out.PendingLoginStore;
import dev.warden.application.oauth.service.CodeExchangeService;
import dev.warden.application.oauth.service.OAuthLoginService;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.TokenAssembly;
import java.util.List;

/**
 * Signing in with an identity provider (GitHub, Google), for the service's own clients or, through an
 * authorization code, for an OAuth client such as Stack's SDK.
 */
public record OAuthAssembly(OAuthLoginUseCase oauthLogin, ExchangeAuthorizationCodeUseCase codeExchange) {
    public static final List<Offer<OAuthAssembly, ?>> OFFERS = List.of(
            Offer.of(OAuthLoginUseCase.class, OAuthAssembly::oauthLogin),
            Offer.of(ExchangeAuthorizationCodeUseCase.class, OAuthAssembly::codeExchange));

    /**
     * {@code publicUrl}: where the service is reached, the base of the callback address the providers are given;
     * {@code callbacks}: the origins an OAuth client's redirect URI may be on.
     */
    public static OAuthAssembly of(List<IdentityProvider> providers, PendingLoginStore pending,
                                   AuthorizationCodeStore codes, UserRepository users, Clock clock, IdGenerator ids,
                                   String publicUrl, OtpSettings callbacks, AccountAssembly accounts,
                                   LoginAssembly login, TokenAssembly tokens) {
        return new OAuthAssembly(
                new OAuthLoginService(providers, pending, users, accounts.usernames(), tokens.issuer(), ids, clock,
                        publicUrl, login.gate(), accounts.takeover(), codes, callbacks, tokens.telemetry()),
                new CodeExchangeService(codes, users, login.gate(), tokens.issuer(), clock));
    }
}
