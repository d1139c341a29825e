package dev.warden.application.secondfactor.port.in;

/** A pending authenticator: its base-32 secret, the otpauth URI that carries it, and that URI as a QR code (PNG). */
public record TotpSetup(String secret, String otpauthUri, byte[] qrPng) {
    @Override
    public String toString() {
        return "TotpSetup[***]";
    }
}
