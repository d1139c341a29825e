package dev.warden.application.mail.port.in;

import dev.warden.application.token.port.in.TokenPair;
import dev.warden.domain.user.UserId;

/** A sign-in by mailed code: the token pair, whose account, and whether the account was made by it. */
public record OtpSignIn(TokenPair tokens, UserId userId, boolean newUser) {}
