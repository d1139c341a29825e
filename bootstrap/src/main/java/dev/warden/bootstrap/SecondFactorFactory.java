package dev.warden.bootstrap;

import dev.warden.adapter.inprocess.AesGcmSecretBox;
import dev.warden.adapter.inprocess.LibraryTotpGenerator;
import dev.warden.adapter.memory.InMemoryMfaChallengeStore;
import dev.warden.adapter.redis.RedisConnector;
import dev.warden.adapter.redis.RedisMfaChallengeStore;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.legacy.service.LegacyTokenIssuer;
import dev.warden.application.login.service.LoginThrottle;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.application.secondfactor.port.out.TotpGenerator;
import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.application.secondfactor.service.TotpService;
import dev.warden.application.session.SessionSettings;
import dev.warden.application.session.port.out.SessionStore;
import dev.warden.application.session.service.SessionOpener;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.token.service.TokenIssuer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
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

/** The TOTP second factor: its secrets key, challenge store (Redis when configured), and use cases. */
@Factory
class SecondFactorFactory {
    private static final Logger LOG = LoggerFactory.getLogger(SecondFactorFactory.class);

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

    @Singleton
    TotpGenerator totpGenerator() {
        return new LibraryTotpGenerator();
    }

    @Singleton
    @Requires(property = "redis.uri")
    MfaChallengeStore redisMfaChallenges(RedisConnector redis, AuthSettings settings) {
        return new RedisMfaChallengeStore(redis, settings.session().redisKeyPrefix());
    }

    @Singleton
    @Requires(missingProperty = "redis.uri")
    MfaChallengeStore memoryMfaChallenges() {
        return new InMemoryMfaChallengeStore();
    }

    @Singleton
    SecondFactorGate secondFactorGate(TotpStore totp, MfaChallengeStore challenges, IdGenerator ids, Clock clock,
                                      PasskeyStore passkeys) {
        return new SecondFactorGate(totp, challenges, ids, clock, passkeys);
    }

    /** One service for TOTP: it is the set-up, enable and disable use case and the verify use case. */
    @Singleton
    TotpService totp(UserRepository users, TotpStore totp, MfaChallengeStore challenges, TotpGenerator generator,
                     SecretBox box, LoginThrottle throttle, TokenIssuer tokens, SessionStore sessions,
                     SessionSettings sessionSettings, LegacyTokenIssuer legacyTokens, IdGenerator ids, Clock clock,
                     AuthSettings settings) {
        return new TotpService(users, totp, challenges, generator, box, throttle, tokens,
                new SessionOpener(sessions, ids, clock, sessionSettings), legacyTokens, ids, clock,
                settings.totp().settings());
    }
}
