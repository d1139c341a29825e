package dev.warden.application.oauth.port.in;

import dev.warden.application.token.port.in.TokenPair;
import java.util.Optional;

/** What an exchanged authorization code gives: a new token family, whether the sign-in created the account, and
 * where the client meant to go afterwards. */
public record CodeExchange(TokenPair tokens, boolean newUser, Optional<String> afterCallbackRedirectUrl) {}
