package dev.warden.application.port.in;

import dev.warden.domain.error.AuthError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** The mfa_token of a stopped login and a code of the account's second factor. */
public record VerifyMfaCommand(String mfaToken, String code, String clientAddress) {
    public VerifyMfaCommand {
        Objects.requireNonNull(clientAddress, "clientAddress");
        var missing = new LinkedHashMap<String, List<String>>();
        if (mfaToken == null || mfaToken.isBlank()) {
            missing.put("mfa_token", List.of("must not be blank"));
        }
        if (code == null || code.isBlank()) {
            missing.put("code", List.of("must not be blank"));
        }
        if (!missing.isEmpty()) {
            throw new AuthError.InvalidInput(missing).exception();
        }
        mfaToken = mfaToken.strip();
        code = code.strip();
    }

    @Override
    public String toString() {
        return "VerifyMfaCommand[***]";
    }
}
