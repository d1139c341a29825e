package dev.warden.application.selfservice.port.in;

import dev.warden.application.secondfactor.port.in.TotpSecret;
import java.util.Objects;

/** What a profile update asks of the TOTP second factor. */
public sealed interface TotpChange {

    /** Enable it with this secret of the caller's client. */
    record Enrol(TotpSecret secret) implements TotpChange {
        public Enrol {
            Objects.requireNonNull(secret, "secret");
        }
    }

    /** Turn it off (Stack's {@code null}): done only when there is none, as a profile update cannot prove it. */
    record Remove() implements TotpChange {}

    /** The request's value: null removes, anything else is the standard base64 of a secret. */
    static TotpChange of(String field, String base64OrNull) {
        return base64OrNull == null ? new Remove() : new Enrol(TotpSecret.fromBase64(field, base64OrNull));
    }
}
