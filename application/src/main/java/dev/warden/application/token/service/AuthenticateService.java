package dev.warden.application.token.service;

import dev.warden.application.token.port.in.AuthenticateCommand;
import dev.warden.application.token.port.in.AuthenticateUseCase;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.application.token.port.out.TokenCodec;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.token.AccessGrant;

public final class AuthenticateService implements AuthenticateUseCase {
    private final TokenCodec codec;
    private final RevokedAccessTokens revokedAccessTokens;

    public AuthenticateService(TokenCodec codec, RevokedAccessTokens revokedAccessTokens) {
        this.codec = codec;
        this.revokedAccessTokens = revokedAccessTokens;
    }

    @Override
    public AccessGrant authenticate(AuthenticateCommand command) {
        var grant = codec.decode(command.accessToken());
        if (revokedAccessTokens.isRevoked(grant.tokenId())) {
            throw new AuthError.InvalidToken().exception();
        }
        return grant;
    }
}
