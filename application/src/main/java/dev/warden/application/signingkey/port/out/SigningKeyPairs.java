package dev.warden.application.signingkey.port.out;

import java.security.KeyPair;

/** Makes new token signing key pairs, of the algorithm that the token codec signs with. */
public interface SigningKeyPairs {

    /** The JOSE name of the algorithm (ES256). */
    String algorithm();

    /** A fresh key pair, whose halves encode as PKCS#8 and X.509. */
    KeyPair generate();
}
