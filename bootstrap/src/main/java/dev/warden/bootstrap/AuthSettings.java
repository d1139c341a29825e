package dev.warden.bootstrap;

import dev.warden.adapter.memory.Argon2PasswordHasher;
import dev.warden.application.service.AccountMailSettings;
import dev.warden.application.service.LegacyTokenSettings;
import dev.warden.application.service.SessionSettings;
import dev.warden.application.service.TokenLifetimes;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** Every lifetime and limit of the service, in one place (application.yml maps the environment onto it). */
@ConfigurationProperties("auth")
public record AuthSettings(String publicUrl, Tokens tokens, Session session, Mail mail, Password password,
                           Legacy legacy, @Nullable Admin bootstrapAdmin) {

    @ConfigurationProperties("tokens")
    public record Tokens(@Bindable(defaultValue = "7d") Duration accessTtl,
                         @Bindable(defaultValue = "30d") Duration refreshTtl) {
        TokenLifetimes lifetimes() {
            return new TokenLifetimes(accessTtl, refreshTtl);
        }
    }

    @ConfigurationProperties("session")
    public record Session(@Bindable(defaultValue = "7d") Duration ttl,
                          @Bindable(defaultValue = "warden:") String redisKeyPrefix) {
        SessionSettings settings() {
            return new SessionSettings(ttl);
        }
    }

    /** Mailed tokens and the limits on asking for them (the SMTP server itself: adapters-mail). */
    @ConfigurationProperties("mail")
    public record Mail(@Bindable(defaultValue = "Warden <no-reply@localhost>") String from,
                       @Bindable(defaultValue = "24h") Duration verificationTtl,
                       @Bindable(defaultValue = "1h") Duration resetTtl,
                       @Bindable(defaultValue = "5") int perAddressLimit,
                       @Bindable(defaultValue = "50") int perClientLimit,
                       @Bindable(defaultValue = "1h") Duration limitWindow) {
    }

    AccountMailSettings accountMails() {
        return new AccountMailSettings(publicUrl, mail.verificationTtl(), mail.resetTtl(), mail.perAddressLimit(),
                mail.perClientLimit(), mail.limitWindow());
    }

    @ConfigurationProperties("password")
    public record Password(@Bindable(defaultValue = "8") int minLength,
                           @Bindable(defaultValue = "19456") int argon2MemoryKib,
                           @Bindable(defaultValue = "2") int argon2Iterations,
                           @Bindable(defaultValue = "1") int argon2Parallelism) {
        Argon2PasswordHasher.Parameters argon2() {
            return new Argon2PasswordHasher.Parameters(argon2MemoryKib, argon2Iterations, argon2Parallelism);
        }
    }

    /** The legacy token API (seed 001). */
    @ConfigurationProperties("legacy")
    public record Legacy(@Bindable(defaultValue = "24h") Duration tokenTtl) {
        LegacyTokenSettings settings() {
            return new LegacyTokenSettings(tokenTtl);
        }
    }

    /** The superuser created at start when absent; all three values or none. */
    @ConfigurationProperties("bootstrap-admin")
    public record Admin(@Nullable String username, @Nullable String email, @Nullable String password) {
        boolean configured() {
            return username != null && !username.isBlank();
        }
    }
}
