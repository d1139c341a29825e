package dev.warden.application.port.in;

import java.util.Objects;

/** The mfa_token of a stopped login and a code of the account's second factor. */
public record VerifyMfaCommand(String mfaToken, String code, String clientAddress) {
    public VerifyMfaCommand {
        Objects.requireNonNull(mfaToken, "mfaToken");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public String toString() {
        return "VerifyMfaCommand[***]";
    }
}
