package dev.warden.bootstrap;

import dev.warden.adapter.inprocess.AesGcmSecretBox;
import dev.warden.adapter.inprocess.Argon2PasswordHasher;
import dev.warden.adapter.inprocess.IcuConfusableNames;
import dev.warden.adapter.inprocess.JcaSigningKeyPairs;
import dev.warden.adapter.inprocess.LibraryTotpGenerator;
import dev.warden.adapter.inprocess.LoggingHousekeepingReport;
import dev.warden.adapter.inprocess.SecureRandomIdGenerator;
import dev.warden.adapter.inprocess.SystemClock;
import dev.warden.adapter.inprocess.WebAuthn4jVerifier;
import dev.warden.application.account.port.out.ConfusableNames;
import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.housekeeping.port.out.HousekeepingReport;
import dev.warden.application.passkey.port.out.WebAuthnVerifier;
import dev.warden.application.secondfactor.port.out.TotpGenerator;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.signingkey.port.out.SigningKeyPairs;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts that run inside the process whatever the storage (adapters-inprocess): clock, ids, Argon2id hashing,
 * look-alike names, TOTP, the WebAuthn verifier, signing key pairs, and the secrets cipher with its key.
 */
@Factory
class InProcessFactory {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessFactory.class);

    /** Housekeeping's report: in the log, and counted ({@code warden_housekeeping_removed_total{what}}). */
    @Singleton
    HousekeepingReport housekeepingReport(Telemetry telemetry) {
        var log = new LoggingHousekeepingReport();
        return (what, rows) -> {
            log.removed(what, rows);
            telemetry.removed(what, rows);
        };
    }

    @Singleton
    Clock clock() {
        return new SystemClock();
    }

    @Singleton
    IdGenerator ids() {
        return new SecureRandomIdGenerator();
    }

    @Singleton
    PasswordHasher passwordHasher(AuthSettings settings) {
        var parameters = settings.password().argon2();
        if (!parameters.meetsOwaspMinimum()) {
            throw new IllegalStateException("Argon2 parameters " + parameters
                    + " are below OWASP's minimum " + Argon2PasswordHasher.Parameters.OWASP);
        }
        return new Argon2PasswordHasher(parameters);
    }

    @Singleton
    ConfusableNames confusableNames() {
        return new IcuConfusableNames();
    }

    @Singleton
    TotpGenerator totpGenerator() {
        return new LibraryTotpGenerator();
    }

    @Singleton
    WebAuthnVerifier webAuthnVerifier() {
        return new WebAuthn4jVerifier();
    }

    @Singleton
    SigningKeyPairs signingKeyPairs() {
        return new JcaSigningKeyPairs();
    }

    /** Created at start, so that a missing or short key stops the service there rather than at the first set-up. */
    @Context
    SecretBox secretBox(AuthSettings settings, Environment environment) {
        var key = settings.secrets().key();
        if (key != null && !key.isBlank()) {
            return AesGcmSecretBox.fromKeyMaterial(key);
        }
        if (environment.getActiveNames().contains("prod")) {
            throw new IllegalStateException("AUTH_SECRETS_KEY is required in prod: at least 32 random characters, "
                    + "e.g. openssl rand -base64 32, the same on every instance");
        }
        if (environment.getActiveNames().contains(Storage.MEMORY)) {
            // nothing this key seals outlives the process: it is made now and never written
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return AesGcmSecretBox.fromKeyMaterial(java.util.Base64.getEncoder().encodeToString(bytes));
        }
        return AesGcmSecretBox.fromKeyMaterial(keyFromFile(Path.of(settings.secrets().keyFile())));
    }

    /** The key in {@code file}, made (owner-only) with 256 random bits when there is none yet. */
    static String keyFromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                var bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                var parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                // written whole to a file of its own, then linked into place: nobody ever reads half a key
                var draft = Files.createTempFile(parent, ".secrets", ".tmp");
                try {
                    try {
                        Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // the file system has no owner-only mode to set
                    }
                    Files.writeString(draft, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
                    Files.createLink(file, draft); // atomic, and never over a key that another process just made
                    LOG.warn("AUTH_SECRETS_KEY is not set: generated a secrets key into {}. Keep it with the database "
                            + "(TOTP secrets cannot be read without it); set AUTH_SECRETS_KEY in production.",
                            file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: read theirs
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the secrets key file " + file.toAbsolutePath()
                    + " (set AUTH_SECRETS_KEY, or AUTH_SECRETS_KEY_FILE to a writable place)", e);
        }
    }
}
