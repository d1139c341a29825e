package dev.warden.application.shared.port.out;

import java.util.UUID;

/** Fresh identifiers and secrets from a cryptographically secure source. */
public interface IdGenerator {

    UUID newId();

    /** A URL-safe random secret of at least 256 bits, for bearer tokens. */
    String newSecret();

    /** {@code count} random bytes, for challenges that a protocol wants as bytes. */
    byte[] newBytes(int count);

    /** A random secret of exactly {@code bytes} bytes in lowercase hex, for clients that expect that shape. */
    String newHexSecret(int bytes);

    /** {@code count} random decimal digits, each uniformly chosen, for codes that people type. */
    String newDigits(int count);

    /** {@code count} characters, each uniformly chosen from {@code alphabet}. */
    String newString(int count, String alphabet);
}
