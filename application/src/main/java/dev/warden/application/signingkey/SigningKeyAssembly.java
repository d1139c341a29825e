package dev.warden.application.signingkey;

import dev.warden.application.shared.Offer;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.ChangeNotices;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.signingkey.port.in.RotateSigningKeyUseCase;
import dev.warden.application.signingkey.port.in.SigningKeysUseCase;
import dev.warden.application.signingkey.port.out.SigningKeyPairs;
import dev.warden.application.signingkey.port.out.SigningKeyStore;
import dev.warden.application.signingkey.service.SigningKeyService;
import dev.warden.domain.token.SigningKeyPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Signing keys: the key ring that signs and verifies access tokens, and its rotation. Built before tokens, as the
 * token codec reads the ring.
 */
public record SigningKeyAssembly(SigningKeysUseCase signingKeys, RotateSigningKeyUseCase rotation) {
    public static final List<Offer<SigningKeyAssembly, ?>> OFFERS = List.of(
            Offer.of(SigningKeysUseCase.class, SigningKeyAssembly::signingKeys),
            Offer.of(RotateSigningKeyUseCase.class, SigningKeyAssembly::rotation));

    /** Reads the keys at once (sealing plain ones, making the first): a key that cannot be opened stops it here. */
    public static SigningKeyAssembly of(SigningKeyStore store, SigningKeyPairs pairs, SecretBox box, AuditLog audit,
                                        Optional<ChangeNotices> notices, Clock clock, IdGenerator ids,
                                        SigningKeyPolicy policy) {
        var keys = new SigningKeyService(store, pairs, box, clock, ids, audit, notices, policy);
        return new SigningKeyAssembly(keys, keys);
    }
}
