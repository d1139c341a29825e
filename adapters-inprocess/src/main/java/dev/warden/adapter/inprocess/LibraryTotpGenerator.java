package dev.warden.adapter.inprocess;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.warden.application.secondfactor.port.out.TotpGenerator;
import dev.warden.domain.mfa.TotpPolicy;

/**
 * RFC 6238 through {@code dev.samstevens.totp}: its HOTP code generator, base-32 secret generator (32 characters,
 * 160 bits, from SecureRandom) and otpauth URI, and a QR code drawn by ZXing. Which time steps are accepted is
 * the domain's rule ({@link TotpPolicy}), so only the library's code generation is used, not its verifier.
 */
public final class LibraryTotpGenerator implements TotpGenerator {
    private static final int SECRET_CHARACTERS = 32;
    private static final int QR_SIZE = 256;

    private final SecretGenerator secrets = new DefaultSecretGenerator(SECRET_CHARACTERS);
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, TotpPolicy.DIGITS);

    @Override
    public String newSecret() {
        return secrets.generate();
    }

    /** By Apache Commons Codec, which the TOTP library decodes its secrets with. */
    @Override
    public String base32(byte[] rawSecret) {
        return new org.apache.commons.codec.binary.Base32().encodeToString(rawSecret);
    }

    @Override
    public String codeAt(String base32Secret, long step) {
        try {
            return codes.generate(base32Secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every Java platform", e);
        }
    }

    @Override
    public String uri(String base32Secret, String issuer, String accountName) {
        return data(base32Secret, issuer, accountName).getUri();
    }

    @Override
    public byte[] qrPng(String base32Secret, String issuer, String accountName) {
        var generator = new ZxingPngQrGenerator();
        generator.setImageSize(QR_SIZE);
        try {
            return generator.generate(data(base32Secret, issuer, accountName));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("could not draw the QR code", e);
        }
    }

    /** Labelled {@code issuer:account}, as Google's Key Uri Format recommends, with the issuer repeated. */
    private static QrData data(String base32Secret, String issuer, String accountName) {
        return new QrData.Builder()
                .label(issuer + ":" + accountName)
                .secret(base32Secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(TotpPolicy.DIGITS)
                .period((int) TotpPolicy.PERIOD.toSeconds())
                .build();
    }
}
