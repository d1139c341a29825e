package dev.warden.application.passkey.port.in;

import java.util.List;

/** A credential named in options (to exclude at registration, or to allow at sign-in), with its transports. */
public record PasskeyDescriptor(byte[] credentialId, List<String> transports) {
    public PasskeyDescriptor {
        credentialId = credentialId.clone();
        transports = List.copyOf(transports);
    }

    @Override
    public byte[] credentialId() {
        return credentialId.clone();
    }
}
