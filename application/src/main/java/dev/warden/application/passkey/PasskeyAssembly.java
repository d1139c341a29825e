package dev.warden.application.passkey;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.passkey.port.in.ManagePasskeysUseCase;
import dev.warden.application.passkey.port.in.PasskeySignInUseCase;
import dev.warden.application.passkey.port.out.PasskeyChallengeStore;
import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.passkey.port.out.WebAuthnVerifier;
import dev.warden.application.passkey.service.PasskeyService;
import dev.warden.application.secondfactor.SecondFactorAssembly;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.TokenAssembly;
import java.util.List;

/** Passkeys: registering and removing them, and signing in with one. */
public record PasskeyAssembly(ManagePasskeysUseCase managePasskeys, PasskeySignInUseCase passkeySignIn) {
    public static final List<Offer<PasskeyAssembly, ?>> OFFERS = List.of(
            Offer.of(ManagePasskeysUseCase.class, PasskeyAssembly::managePasskeys),
            Offer.of(PasskeySignInUseCase.class, PasskeyAssembly::passkeySignIn));

    public static PasskeyAssembly of(UserRepository users, PasskeyStore store, PasskeyChallengeStore challenges,
                                     WebAuthnVerifier verifier, Clock clock, IdGenerator ids, PasskeySettings settings,
                                     LoginAssembly login, TokenAssembly tokens, SecondFactorAssembly secondFactor) {
        var passkeys = new PasskeyService(users, store, challenges, verifier, login.gate(), tokens.issuer(), ids, clock,
                settings, secondFactor.proof(), tokens.telemetry());
        return new PasskeyAssembly(passkeys, passkeys);
    }
}
