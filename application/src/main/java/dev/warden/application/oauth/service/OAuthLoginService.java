package dev.warden.application.oauth.service;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.service.MailboxTakeover;
import dev.warden.application.account.service.OAuthUsernames;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.mail.OtpSettings;
import dev.warden.application.oauth.port.in.OAuthCallbackCommand;
import dev.warden.application.oauth.port.in.OAuthCompletion;
import dev.warden.application.oauth.port.in.OAuthLoginUseCase;
import dev.warden.application.oauth.port.in.OAuthRedirect;
import dev.warden.application.oauth.port.out.AuthorizationCodeStore;
import dev.warden.application.oauth.port.out.IdentityProvider;
import dev.warden.application.oauth.port.out.IssuedCode;
import dev.warden.application.oauth.port.out.PendingLogin;
import dev.warden.application.oauth.port.out.PendingLoginStore;
import dev.warden.application.session.service.SignOuts;
import dev.warden.application.shared.port.in.CallbackUrl;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.service.TokenIssuer;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.oauth.AccountLinking;
import dev.warden.domain.oauth.ClientAuthorization;
import dev.warden.domain.oauth.ProviderIdentity;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class OAuthLoginService implements OAuthLoginUseCase {
    static final Duration STATE_LIFETIME = Duration.ofMinutes(10);
    /** An authorization code's life: the client exchanges it as soon as its page loads (RFC 6749 §4.1.2). */
    static final Duration CODE_LIFETIME = Duration.ofMinutes(1);

    private final Map<String, IdentityProvider> providers;
    private final PendingLoginStore pending;
    private final UserRepository users;
    private final OAuthUsernames usernames;
    private final TokenIssuer issuer;
    private final IdGenerator ids;
    private final Clock clock;
    private final String publicUrl;
    private final SecondFactorGate gate;
    private final MailboxTakeover takeover;
    private final AuthorizationCodeStore codes;
    private final OtpSettings callbacks;

    /** {@code callbacks}: the origins a client's redirect URI may be on (those of the mailed links). */
    private final Telemetry telemetry;

    public OAuthLoginService(List<IdentityProvider> providers, PendingLoginStore pending, UserRepository users,
                             OAuthUsernames usernames, TokenIssuer issuer, IdGenerator ids, Clock clock,
                             String publicUrl, SecondFactorGate gate, MailboxTakeover takeover,
                             AuthorizationCodeStore codes, OtpSettings callbacks, Telemetry telemetry) {
        this.telemetry = telemetry;
        this.takeover = takeover;
        this.codes = codes;
        this.callbacks = callbacks;
        this.providers = providers.stream().collect(Collectors.toUnmodifiableMap(IdentityProvider::name, Function.identity()));
        this.pending = pending;
        this.users = users;
        this.usernames = usernames;
        this.issuer = issuer;
        this.ids = ids;
        this.clock = clock;
        this.gate = gate;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public List<String> providers() {
        return providers.keySet().stream().sorted().toList();
    }

    @Override
    public OAuthRedirect start(String providerName) {
        var provider = provider(providerName);
        var state = ids.newSecret();
        var verifier = ids.newSecret();
        var browserKey = ids.newSecret();
        pending.save(new PendingLogin(TokenDigest.of(state), provider.name(), verifier, TokenDigest.of(browserKey),
                clock.now().plus(STATE_LIFETIME)));
        return new OAuthRedirect(provider.authorizationUri(state, ClientAuthorization.s256(verifier), redirectUri(provider)),
                browserKey, STATE_LIFETIME);
    }

    @Override
    public OAuthRedirect startForClient(String providerName, ClientAuthorization client) {
        var provider = provider(providerName);
        // the code and the state are the ones the service adds: a URI with its own would carry two of each
        var redirect = new CallbackUrl(client.redirectUri());
        if (!callbacks.allows(client.redirectUri()) || redirect.carries("code") || redirect.carries("state")) {
            throw new AuthError.CallbackNotAllowed().exception();
        }
        var state = ids.newSecret();
        var verifier = ids.newSecret();
        pending.save(PendingLogin.forClient(TokenDigest.of(state), provider.name(), verifier,
                clock.now().plus(STATE_LIFETIME), client));
        return new OAuthRedirect(provider.authorizationUri(state, ClientAuthorization.s256(verifier),
                redirectUri(provider)), null, STATE_LIFETIME);
    }

    @Override
    public OAuthCompletion complete(OAuthCallbackCommand command) {
        return telemetry.login(Telemetry.LoginMethod.OAUTH, () -> completeUncounted(command));
    }

    private OAuthCompletion completeUncounted(OAuthCallbackCommand command) {
        var provider = provider(command.provider());
        var login = pending.take(TokenDigest.of(command.state()), clock.now())
                .filter(candidate -> candidate.provider().equals(provider.name()))
                .filter(candidate -> candidate.client().isPresent() || (command.browserKey() != null
                        && candidate.browserKeyHash().equals(TokenDigest.of(command.browserKey()))))
                .orElseThrow(() -> new AuthError.InvalidOAuthState().exception());
        Account account;
        try {
            account = accountFor(provider.identify(command.code(), login.codeVerifier(), redirectUri(provider)));
        } catch (dev.warden.domain.error.AuthException e) {
            if (e.error() instanceof AuthError.ProviderError) {
                telemetry.providerError(provider.name());
            }
            throw e;
        }
        if (login.client().isPresent()) {
            // the second factor and the login are the exchange's: the code alone opens nothing
            var code = ids.newSecret();
            codes.save(new IssuedCode(TokenDigest.of(code), account.user().id(), login.client().get(),
                    account.created(), clock.now().plus(CODE_LIFETIME)));
            return new OAuthCompletion.CodeIssued(login.client().get().redirectWith(code));
        }
        var user = account.user();
        gate.admit(user, MfaChallenge.Purpose.TOKENS, command.client());
        users.recordLogin(user.id(), clock.now());
        return new OAuthCompletion.SignedIn(issuer.startFamily(user, command.client()));
    }

    /** The account an identity signs in to, and whether this sign-in created it. */
    private record Account(User user, boolean created) {}

    private Account accountFor(ProviderIdentity identity) {
        identity.email().ifPresent(OAuthLoginService::providerEmail);
        var byIdentity = users.findByProviderIdentity(identity.provider(), identity.subject());
        var byEmail = identity.email().map(Email::keyOf).flatMap(users::findByEmailKey);
        return switch (AccountLinking.decide(identity, byIdentity, byEmail)) {
            case AccountLinking.SignIn(var user) -> new Account(user, false);
            case AccountLinking.Link(var user) -> {
                var linked = user.linkedTo(identity.provider(), identity.subject());
                users.update(linked);
                yield new Account(linked, false);
            }
            case AccountLinking.TakeOver(var user) ->
                    new Account(takeover.takeOver(user.linkedTo(identity.provider(), identity.subject())), false);
            case AccountLinking.Create() -> create(identity);
            case AccountLinking.Refuse(var reason) -> throw reason.exception();
        };
    }

    /** A new account; a concurrent sign-in of the same identity may win the insert, then that account is used. */
    private Account create(ProviderIdentity identity) {
        var email = providerEmail(identity.email().orElseThrow());
        var user = User.fromProvider(new UserId(ids.newId()), usernames.available(identity.login(), email), email,
                identity.provider(), identity.subject(), identity.emailVerified(), identity.firstName(),
                identity.lastName(), clock.now());
        try {
            users.add(user);
            return new Account(user, true);
        } catch (RuntimeException e) {
            return new Account(users.findByProviderIdentity(identity.provider(), identity.subject())
                    .orElseThrow(() -> e), false);
        }
    }

    /** The provider's address, which must be one: anything else is the provider's fault (502), not the client's. */
    private static Email providerEmail(String raw) {
        try {
            return Email.of(raw);
        } catch (dev.warden.domain.error.AuthException e) {
            throw new AuthError.ProviderError().exception();
        }
    }

    private IdentityProvider provider(String name) {
        var provider = providers.get(name);
        if (provider == null) {
            throw new AuthError.UnknownProvider().exception();
        }
        return provider;
    }

    private URI redirectUri(IdentityProvider provider) {
        return URI.create(publicUrl + "/api/auth/oauth/" + provider.name() + "/callback");
    }
}
