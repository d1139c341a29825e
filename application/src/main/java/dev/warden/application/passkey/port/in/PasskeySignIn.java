package dev.warden.application.passkey.port.in;

import dev.warden.application.token.port.in.TokenPair;
import dev.warden.domain.user.UserId;

/** A sign-in by passkey: the token pair and whose account it is. */
public record PasskeySignIn(TokenPair tokens, UserId userId) {}
