package dev.warden.adapter.inprocess;

import dev.warden.application.signingkey.port.out.SigningKeyPairs;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** ES256 key pairs (ECDSA on P-256) from the JDK's own provider. */
public final class JcaSigningKeyPairs implements SigningKeyPairs {
    public static final String ES256 = "ES256";

    @Override
    public String algorithm() {
        return ES256;
    }

    @Override
    public KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is part of every Java platform", e);
        }
    }
}
