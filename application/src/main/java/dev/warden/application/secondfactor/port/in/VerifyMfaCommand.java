package dev.warden.application.secondfactor.port.in;

import dev.warden.domain.error.Required;
import dev.warden.domain.mfa.MfaChallenge;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The mfa_token of a stopped login and a code of the account's second factor; {@code accepted} says which logins
 * the caller can finish (an API that answers only token pairs cannot hand over a session cookie).
 */
public record VerifyMfaCommand(String mfaToken, String code, String clientAddress, Set<MfaChallenge.Purpose> accepted) {

    public VerifyMfaCommand(String mfaToken, String code, String clientAddress) {
        this(mfaToken, code, clientAddress, EnumSet.allOf(MfaChallenge.Purpose.class));
    }

    public VerifyMfaCommand {
        accepted = Set.copyOf(accepted);
        Objects.requireNonNull(clientAddress, "clientAddress");
        Required.fields().text("mfa_token", mfaToken).text("code", code).check();
        mfaToken = mfaToken.strip();
        code = code.strip();
    }

    @Override
    public String toString() {
        return "VerifyMfaCommand[***]";
    }
}
