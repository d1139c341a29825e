package dev.warden.application.account.port.in;

import dev.warden.application.token.port.in.TokenPair;
import dev.warden.domain.user.UserId;

/** A sign-up that signed in: the first token pair of the new account, and its id. */
public record SignedUp(TokenPair tokens, UserId userId) {}
