package dev.warden.application.oauth.port.in;

import dev.warden.domain.oauth.ClientAuthorization;

/** Sign-in through an identity provider: the redirect there, then the callback back. */
public interface OAuthLoginUseCase {

    /** The names of the configured identity providers ({@code github}, {@code google}), in alphabetical order. */
    java.util.List<String> providers();

    /** A fresh state and PKCE pair, remembered for ten minutes; UnknownProvider for one not configured. */
    OAuthRedirect start(String provider);

    /**
     * The same for an OAuth client (Stack's SDK) that will exchange an authorization code: its redirect URI must be
     * on the service's origin or an allowed callback origin (CallbackNotAllowed). No browser key: the client's PKCE
     * challenge binds the code to it.
     */
    OAuthRedirect startForClient(String provider, ClientAuthorization client);

    /**
     * Checks the state (single use, this provider, not expired, and this browser unless it was started for a
     * client: InvalidOAuthState otherwise), exchanges the provider's code and applies the account-linking rules.
     * Then either starts a token family, or, for a client, issues it an authorization code.
     */
    OAuthCompletion complete(OAuthCallbackCommand command);
}
