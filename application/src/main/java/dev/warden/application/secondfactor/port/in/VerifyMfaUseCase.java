package dev.warden.application.secondfactor.port.in;

/** Finishes a login that answered "Multi-factor authentication required", with a TOTP or recovery code. */
public interface VerifyMfaUseCase {

    MfaCompletion verify(VerifyMfaCommand command);
}
