package dev.warden.application.secondfactor;

import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.legacy.LegacyAssembly;
import dev.warden.application.login.LoginAssembly;
import dev.warden.application.secondfactor.port.in.ManageTotpUseCase;
import dev.warden.application.secondfactor.port.in.VerifyMfaUseCase;
import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.application.secondfactor.port.out.TotpGenerator;
import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.application.secondfactor.service.SecondFactorProof;
import dev.warden.application.secondfactor.service.TotpService;
import dev.warden.application.session.SessionAssembly;
import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.token.TokenAssembly;
import java.util.List;

/**
 * The second factor: TOTP set-up, enabling and disabling it, recovery codes, and finishing a login that the gate
 * stopped (with what that login would have issued: tokens, a session or a legacy token).
 *
 * @param proof proof of the second factor by a caller already signed in, for changes a stolen session must not make
 */
public record SecondFactorAssembly(SecondFactorProof proof, ManageTotpUseCase manageTotp,
                                   VerifyMfaUseCase verifyMfa) {
    public static final List<Offer<SecondFactorAssembly, ?>> OFFERS = List.of(
            Offer.of(ManageTotpUseCase.class, SecondFactorAssembly::manageTotp),
            Offer.of(VerifyMfaUseCase.class, SecondFactorAssembly::verifyMfa));

    public static SecondFactorAssembly of(UserRepository users, TotpStore store, MfaChallengeStore challenges,
                                          TotpGenerator generator, SecretBox box, Clock clock, IdGenerator ids,
                                          TotpSettings settings, LoginAssembly login, TokenAssembly tokens,
                                          SessionAssembly sessions, LegacyAssembly legacy) {
        var totp = new TotpService(users, store, challenges, generator, box, login.throttle(), tokens.issuer(),
                sessions.opener(), legacy.issuer(), ids, clock, settings, tokens.telemetry());
        return new SecondFactorAssembly(totp, totp, totp);
    }
}
