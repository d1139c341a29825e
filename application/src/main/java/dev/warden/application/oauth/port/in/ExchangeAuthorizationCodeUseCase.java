package dev.warden.application.oauth.port.in;

/** The second half of an OAuth client's identity-provider sign-in: its authorization code for tokens. */
public interface ExchangeAuthorizationCodeUseCase {

    /**
     * Spends the code (single use, 1 minute), then checks the redirect URI and the PKCE verifier
     * (InvalidAuthorizationCode if any fails), asks for the second factor as any login does (MfaRequired) and starts
     * a token family.
     */
    CodeExchange exchange(CodeExchangeCommand command);
}
